package com.verticallight.identity;

import com.verticallight.i18n.Text;
import com.verticallight.identity.UserViews.Invite;
import com.verticallight.identity.UserViews.InviteCreated;
import com.verticallight.identity.UserViews.Me;
import com.verticallight.identity.UserViews.UserView;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.tenant.Limit;
import com.verticallight.tenant.PlanLimits;
import com.verticallight.tenant.UsageCounter;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The tenant's team: invitations within the plan's seats, role changes, removal. */
@ApplicationScoped
public class UserService implements UsageCounter {

    @Inject
    UserRepository users;

    @Inject
    CredentialLookup lookup;

    @Inject
    PlanLimits planLimits;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    JwtConfig config;

    @Inject
    Clock clock;

    @WithSession
    public Uni<List<UserView>> list() {
        return users.listAll("createdAt").map(all -> all.stream().map(UserView::of).toList());
    }

    @WithSession
    public Uni<UserView> get(UUID id) {
        return users.getById(id, "User").map(UserView::of);
    }

    @WithSession
    public Uni<Me> me() {
        UUID self = currentTenant.userId().orElseThrow(() -> ProblemException.notFound("User"));
        return users.getById(self, "User")
                .map(user -> new Me(UserView.of(user), user.tenantId, user.role.permissions()));
    }

    /** Saves the signed-in user's language, so the app opens in it on any device. */
    @WithTransaction
    public Uni<Me> chooseLanguage(String language) {
        UUID self = currentTenant.userId().orElseThrow(() -> ProblemException.notFound("User"));
        return users.getById(self, "User").map(user -> {
            user.language = java.util.Locale.forLanguageTag(language.trim()).toLanguageTag();
            return new Me(UserView.of(user), user.tenantId, user.role.permissions());
        });
    }

    /** Invited people take a seat at once; the invitation token is returned once, only its digest is kept. */
    @WithTransaction
    public Uni<InviteCreated> invite(Invite invite) {
        String token = Tokens.random("vli_");
        Instant expires = clock.instant().plus(config.inviteTtl());
        return planLimits.requireRoomForOneMore(Limit.TEAM_MEMBERS, this::currentUsage)
                .chain(() -> lookup.emailTaken(invite.email()))
                .chain(taken -> {
                    if (taken) {
                        throw ProblemException.conflict(Text.of("identity.someoneWithEmailAlreadyHas"));
                    }
                    AppUser user = new AppUser();
                    user.email = invite.email().trim().toLowerCase(Locale.ROOT);
                    user.name = invite.name();
                    user.role = invite.role();
                    user.status = UserStatus.INVITED;
                    user.inviteTokenHash = Tokens.sha256(token);
                    user.inviteExpiresAt = expires;
                    user.createdAt = clock.instant();
                    return users.add(user);
                })
                .map(user -> new InviteCreated(UserView.of(user), token, expires));
    }

    @WithTransaction
    public Uni<UserView> changeRole(UUID id, Role role) {
        return users.getById(id, "User").chain(user -> {
            if (user.role == Role.OWNER && role != Role.OWNER) {
                return requireAnotherOwner(user).replaceWith(user);
            }
            return Uni.createFrom().item(user);
        }).chain(user -> {
            if (user.role != role) {
                user.role = role;
                user.tokenVersion++; // the permissions in their access tokens are no longer theirs
            }
            return users.flush(user);
        }).map(UserView::of);
    }

    @WithTransaction
    public Uni<Void> remove(UUID id) {
        return users.getById(id, "User").chain(user -> {
            if (currentTenant.userId().filter(id::equals).isPresent()) {
                throw ProblemException.conflict(Text.of("identity.youCannotRemoveYourself"));
            }
            Uni<Void> check = user.role == Role.OWNER ? requireAnotherOwner(user) : Uni.createFrom().voidItem();
            return check.chain(() -> users.remove(user));
        });
    }

    @Override
    public Limit limit() {
        return Limit.TEAM_MEMBERS;
    }

    @Override
    public Uni<Long> currentUsage() {
        return users.count(null, Map.of());
    }

    private Uni<Void> requireAnotherOwner(AppUser owner) {
        return users.count("role = :role and id <> :id and status = :active",
                Map.of("role", Role.OWNER, "id", owner.id, "active", UserStatus.ACTIVE))
                .invoke(others -> {
                    if (others == 0) {
                        throw ProblemException.conflict(Text.of("identity.tenantNeedsAtLeastOne"));
                    }
                })
                .replaceWithVoid();
    }
}
