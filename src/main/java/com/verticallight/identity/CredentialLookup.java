package com.verticallight.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The only reads that are not scoped to a tenant: finding who a credential belongs to before any tenant
 * is known (login by email, a refresh or invitation token by its digest). Callers open the session.
 */
@ApplicationScoped
class CredentialLookup {

    Uni<AppUser> userByEmail(String email) {
        return Panache.getSession().chain(s -> s
                .createSelectionQuery("from AppUser where lower(email) = lower(:email)", AppUser.class)
                .setParameter("email", email.trim())
                .getSingleResultOrNull());
    }

    Uni<AppUser> userByInvite(String tokenHash) {
        return Panache.getSession().chain(s -> s
                .createSelectionQuery("from AppUser where inviteTokenHash = :hash", AppUser.class)
                .setParameter("hash", tokenHash)
                .getSingleResultOrNull());
    }

    Uni<RefreshToken> refreshToken(String tokenHash) {
        return Panache.getSession().chain(s -> s
                .createSelectionQuery("from RefreshToken where tokenHash = :hash", RefreshToken.class)
                .setParameter("hash", tokenHash)
                .getSingleResultOrNull());
    }

    Uni<AppUser> user(java.util.UUID id) {
        return Panache.getSession().chain(s -> s.find(AppUser.class, id));
    }

    Uni<Integer> revokeAllRefreshTokens(java.util.UUID userId, java.time.Instant now) {
        return Panache.getSession().chain(s -> s
                .createMutationQuery("update RefreshToken set revokedAt = :now where userId = :user and revokedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate());
    }

    /**
     * Spends an unexpired, unrevoked refresh token in one conditional update: 1 for the one caller that spent it,
     * 0 for everyone else (the row lock makes concurrent callers wait and then see it spent).
     */
    Uni<Integer> spendRefreshToken(String tokenHash, java.time.Instant now) {
        return endRefreshToken("usedAt = :now, revokedAt = :now", tokenHash, now);
    }

    /** Revokes a live refresh token without spending it (logout): 1 when this call revoked it. */
    Uni<Integer> revokeRefreshToken(String tokenHash, java.time.Instant now) {
        return endRefreshToken("revokedAt = :now", tokenHash, now);
    }

    private Uni<Integer> endRefreshToken(String assignments, String tokenHash, java.time.Instant now) {
        return Panache.getSession().chain(s -> s
                .createMutationQuery("update RefreshToken set " + assignments
                        + " where tokenHash = :hash and revokedAt is null and expiresAt > :now")
                .setParameter("now", now)
                .setParameter("hash", tokenHash)
                .executeUpdate());
    }

    /** Access tokens carry the version they were issued under; a bump refuses all of them. */
    Uni<Integer> bumpTokenVersion(java.util.UUID userId) {
        return Panache.getSession().chain(s -> s
                .createMutationQuery("update AppUser set tokenVersion = tokenVersion + 1 where id = :user")
                .setParameter("user", userId)
                .executeUpdate());
    }

    Uni<Boolean> emailTaken(String email) {
        return userByEmail(email).map(user -> user != null);
    }
}
