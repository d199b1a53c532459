package com.verticallight.identity;

import com.verticallight.i18n.Text;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.PlanCode;
import com.verticallight.tenant.Tenant;
import com.verticallight.tenant.TenantService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Sign-up, sign-in, token refresh and invitation acceptance. Password hashing happens outside transactions. */
@ApplicationScoped
public class AuthService {

    @Inject
    CredentialLookup lookup;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Inject
    TenantService tenants;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityEvents securityEvents;

    @Inject
    SignInDevices devices;

    @Inject
    Clock clock;

    /** Every sign-up starts on the trial; a paid plan is bought afterwards through billing, never granted by the form. */
    public Uni<TokenResponse> signup(AuthRequests.Signup request) {
        if (request.plan() != null && request.plan() != PlanCode.TRIAL) {
            throw ProblemException.invalid("plan", Text.of("identity.everyAccountStartsTRIALBuy"));
        }
        return hasher.hash(request.password()).chain(hash -> Panache.withTransaction(() -> lookup
                .emailTaken(request.email())
                .chain(taken -> {
                    if (taken) {
                        throw ProblemException.conflict(Text.of("identity.accountWithEmailAlreadyExists"));
                    }
                    return tenants.create(request.accountName(), PlanCode.TRIAL,
                            request.locale(), request.currency(), request.timeZone());
                })
                .chain(tenant -> persistOwner(tenant, request, hash))
                .chain(tokens::issue)));
    }

    /** Creates the owner of a brand-new tenant; also used for the demo account at first start. */
    public Uni<AppUser> persistOwner(Tenant tenant, AuthRequests.Signup request, String passwordHash) {
        AppUser owner = new AppUser();
        owner.id = UUID.randomUUID();
        owner.tenantId = tenant.id;
        owner.email = request.email().trim().toLowerCase(Locale.ROOT);
        owner.name = request.ownerName();
        owner.passwordHash = passwordHash;
        owner.role = Role.OWNER;
        owner.status = UserStatus.ACTIVE;
        owner.createdAt = clock.instant();
        return Panache.getSession().chain(s -> s.persist(owner).chain(s::flush)).replaceWith(owner);
    }

    /** Refused with 429 while the account or the client address is locked after repeated wrong passwords. */
    public Uni<TokenResponse> login(AuthRequests.Login request, String clientAddress, String userAgent) {
        return throttle.requireUnlocked(request.email(), clientAddress)
                .chain(() -> Panache.withSession(() -> lookup.userByEmail(request.email())))
                .chain(user -> hasher.matches(request.password(), user == null ? null : user.passwordHash)
                        .chain(matches -> matches && user.status == UserStatus.ACTIVE
                                ? throttle.succeeded(request.email()).replaceWith(user)
                                : wrongPassword(request.email(), user, clientAddress)))
                .chain(user -> Panache.withTransaction(() -> devices.signedIn(user, userAgent, clientAddress)
                        .chain(() -> tokens.issue(user))));
    }

    private Uni<AppUser> wrongPassword(String email, AppUser user, String clientAddress) {
        return throttle.failed(email, clientAddress)
                .call(failure -> failure.accountLocked() && user != null
                        ? securityEvents.record(user.tenantId, user.id, SecurityEvents.SIGN_IN_LOCKED,
                                "Sign-in for " + user.email + " paused for " + failure.lock().toSeconds()
                                        + " seconds after " + failure.accountFailures() + " wrong passwords",
                                clientAddress)
                        : Uni.createFrom().voidItem())
                .map(failure -> {
                    throw ProblemException.unauthorized(Text.of("identity.emailPasswordWrong"));
                });
    }

    /**
     * Single use, decided by one conditional update of the token row, so of several refreshes with one token
     * exactly one wins. A token presented after it was spent on a refresh means it leaked: all of that user's
     * refresh tokens are revoked and their access tokens stop working (that revocation is committed). A token
     * revoked by logout or a password change is simply refused.
     */
    public Uni<TokenResponse> refresh(AuthRequests.Refresh request) {
        Instant now = clock.instant();
        String hash = Tokens.sha256(request.refreshToken());
        return Panache.withTransaction(() -> lookup.spendRefreshToken(hash, now)
                .chain(spent -> lookup.refreshToken(hash).chain(stored -> {
                    if (stored == null) {
                        return Uni.createFrom().<TokenResponse>nullItem();
                    }
                    if (spent == 0) { // expired, revoked (logout, password change) or spent before
                        return stored.usedAt == null ? Uni.createFrom().<TokenResponse>nullItem()
                                : revokeSessions(stored.userId, now).replaceWith((TokenResponse) null);
                    }
                    return lookup.user(stored.userId).chain(user -> user == null || user.status != UserStatus.ACTIVE
                            ? Uni.createFrom().<TokenResponse>nullItem() : tokens.issue(user));
                })))
                .onItem().ifNull().failWith(() -> ProblemException.unauthorized(Text.of("identity.refreshTokenNotValid")));
    }

    /** Revokes the refresh token and ends the user's current access tokens (other devices refresh and go on). */
    public Uni<Void> logout(AuthRequests.Refresh request) {
        Instant now = clock.instant();
        String hash = Tokens.sha256(request.refreshToken());
        return Panache.withTransaction(() -> lookup.revokeRefreshToken(hash, now)
                .chain(revoked -> revoked == 0 ? Uni.createFrom().voidItem() : lookup.refreshToken(hash)
                        .chain(stored -> lookup.bumpTokenVersion(stored.userId)).replaceWithVoid()));
    }

    /**
     * Checks the current password (throttled like sign-in), stores the new one, ends every session of the user
     * and returns a fresh one for the caller.
     */
    public Uni<TokenResponse> changePassword(UUID userId, AuthRequests.ChangePassword request, String clientAddress) {
        Instant now = clock.instant();
        return Panache.withSession(() -> lookup.user(userId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("User"))
                .chain(user -> throttle.requireUnlocked(user.email, clientAddress)
                        .chain(() -> hasher.matches(request.currentPassword(), user.passwordHash))
                        .chain(matches -> matches ? hasher.hash(request.newPassword())
                                : throttle.failed(user.email, clientAddress).map(failure -> {
                                    throw ProblemException.invalid("currentPassword", Text.of("identity.notYourCurrentPassword"));
                                })))
                .chain(hash -> Panache.withTransaction(() -> lookup.user(userId).chain(user -> {
                    user.passwordHash = hash;
                    user.tokenVersion++;
                    return lookup.revokeAllRefreshTokens(userId, now).chain(() -> tokens.issue(user));
                })));
    }

    public Uni<TokenResponse> acceptInvite(AuthRequests.AcceptInvite request) {
        Instant now = clock.instant();
        return hasher.hash(request.password()).chain(hash -> Panache.withTransaction(() -> lookup
                .userByInvite(Tokens.sha256(request.inviteToken()))
                .chain(user -> {
                    if (user == null || user.status != UserStatus.INVITED || user.inviteExpiresAt.isBefore(now)) {
                        throw ProblemException.invalid("inviteToken", Text.of("identity.notValidUnexpiredInvitation"));
                    }
                    user.passwordHash = hash;
                    user.name = request.name();
                    user.status = UserStatus.ACTIVE;
                    user.inviteTokenHash = null;
                    user.inviteExpiresAt = null;
                    return tokens.issue(user);
                })));
    }

    private Uni<Void> revokeSessions(UUID userId, Instant now) {
        return lookup.revokeAllRefreshTokens(userId, now).chain(() -> lookup.bumpTokenVersion(userId)).replaceWithVoid();
    }
}
