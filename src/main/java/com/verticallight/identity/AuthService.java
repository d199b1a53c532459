package com.verticallight.identity;

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
    Clock clock;

    public Uni<TokenResponse> signup(AuthRequests.Signup request) {
        return hasher.hash(request.password()).chain(hash -> Panache.withTransaction(() -> lookup
                .emailTaken(request.email())
                .chain(taken -> {
                    if (taken) {
                        throw ProblemException.conflict("An account with this email already exists");
                    }
                    return tenants.create(request.accountName(),
                            request.plan() == null ? PlanCode.TRIAL : request.plan(),
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

    public Uni<TokenResponse> login(AuthRequests.Login request) {
        return Panache.withSession(() -> lookup.userByEmail(request.email()))
                .chain(user -> hasher.matches(request.password(), user == null ? null : user.passwordHash)
                        .map(matches -> {
                            if (!matches || user.status != UserStatus.ACTIVE) {
                                throw ProblemException.unauthorized("Email or password is wrong");
                            }
                            return user;
                        }))
                .chain(user -> Panache.withTransaction(() -> tokens.issue(user)));
    }

    /**
     * Single use: the presented token is revoked and a new pair issued. A token presented twice means it
     * leaked, so all of that user's refresh tokens are revoked (and that revocation is committed).
     */
    public Uni<TokenResponse> refresh(AuthRequests.Refresh request) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> lookup.refreshToken(Tokens.sha256(request.refreshToken()))
                .chain(stored -> {
                    if (stored == null || stored.expiresAt.isBefore(now)) {
                        return Uni.createFrom().<TokenResponse>nullItem();
                    }
                    if (stored.revokedAt != null) {
                        return lookup.revokeAllRefreshTokens(stored.userId, now).replaceWith((TokenResponse) null);
                    }
                    stored.revokedAt = now;
                    return lookup.user(stored.userId).chain(tokens::issue);
                }))
                .onItem().ifNull().failWith(() -> ProblemException.unauthorized("The refresh token is not valid"));
    }

    public Uni<Void> logout(AuthRequests.Refresh request) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> lookup.refreshToken(Tokens.sha256(request.refreshToken()))
                .invoke(stored -> {
                    if (stored != null && stored.revokedAt == null) {
                        stored.revokedAt = now;
                    }
                }))
                .replaceWithVoid();
    }

    public Uni<TokenResponse> acceptInvite(AuthRequests.AcceptInvite request) {
        Instant now = clock.instant();
        return hasher.hash(request.password()).chain(hash -> Panache.withTransaction(() -> lookup
                .userByInvite(Tokens.sha256(request.inviteToken()))
                .chain(user -> {
                    if (user == null || user.status != UserStatus.INVITED || user.inviteExpiresAt.isBefore(now)) {
                        throw ProblemException.invalid("inviteToken", "is not a valid, unexpired invitation");
                    }
                    user.passwordHash = hash;
                    user.name = request.name();
                    user.status = UserStatus.ACTIVE;
                    user.inviteTokenHash = null;
                    user.inviteExpiresAt = null;
                    return tokens.issue(user);
                })));
    }
}
