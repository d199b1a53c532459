package com.verticallight.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt (cost 10) on a worker thread; the result comes back on the caller's Vert.x context. */
@ApplicationScoped
public class PasswordHasher {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Verified against when the email is unknown, so both paths take the same time. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-for-unknown-users");

    @Inject
    Vertx vertx;

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> hashNow(password)));
    }

    public Uni<Boolean> matches(String password, String hash) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> matchesNow(password, hash == null ? DECOY : hash)
                && hash != null));
    }

    public static String hashNow(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    static boolean matchesNow(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword stored = (BCryptPassword) factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
