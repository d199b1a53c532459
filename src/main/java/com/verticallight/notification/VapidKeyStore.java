package com.verticallight.notification;

import com.interaso.webpush.VapidKeys;
import com.verticallight.platform.crypto.CredentialCipher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's VAPID key pair: from configuration, or generated once and stored (the private key encrypted
 * with the credentials key) so every instance and every restart signs with the same key and the browsers'
 * subscriptions stay valid.
 */
@ApplicationScoped
public class VapidKeyStore {

    private final Pool pool;
    private final CredentialCipher cipher;
    private final NotificationConfig config;
    private final Clock clock;
    private final AtomicReference<VapidKeys> keys = new AtomicReference<>();

    public VapidKeyStore(Pool pool, CredentialCipher cipher, NotificationConfig config, Clock clock) {
        this.pool = pool;
        this.cipher = cipher;
        this.config = config;
        this.clock = clock;
    }

    public Uni<VapidKeys> keys() {
        VapidKeys known = keys.get();
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        if (config.vapidPublicKey().isPresent() && config.vapidPrivateKey().isPresent()) {
            return Uni.createFrom().item(remember(VapidKeys.create(config.vapidPublicKey().get(),
                    config.vapidPrivateKey().get())));
        }
        VapidKeys fresh = VapidKeys.generate();
        return pool.preparedQuery("insert into vapid_key (id, public_key, private_key_cipher, created_at)"
                + " values (1, $1, $2, $3) on conflict (id) do nothing")
                .execute(Tuple.of(fresh.getX509PublicKey(), cipher.encrypt(fresh.getPkcs8PrivateKey()),
                        NotificationStore.at(clock.instant())))
                .chain(() -> pool.preparedQuery("select public_key, private_key_cipher from vapid_key where id = 1").execute())
                .map(rows -> {
                    var row = rows.iterator().next();
                    return remember(VapidKeys.create(row.getString("public_key"),
                            cipher.decrypt(row.getString("private_key_cipher"))));
                });
    }

    /** The key a browser subscribes with (applicationServerKey): the uncompressed P-256 point, Base64url. */
    public Uni<String> applicationServerKey() {
        return keys().map(k -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(k.getApplicationServerKey()));
    }

    private VapidKeys remember(VapidKeys loaded) {
        keys.compareAndSet(null, loaded);
        return keys.get();
    }
}
