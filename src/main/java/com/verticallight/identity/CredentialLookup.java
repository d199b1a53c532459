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

    Uni<Boolean> emailTaken(String email) {
        return userByEmail(email).map(user -> user != null);
    }
}
