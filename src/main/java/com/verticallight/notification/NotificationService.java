package com.verticallight.notification;

import com.verticallight.i18n.Text;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.notification.NotificationRequests.PushSubscriptionRequest;
import com.verticallight.notification.NotificationRequests.PushSubscriptionView;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The signed-in person's notifications, preferences and push subscriptions. */
@ApplicationScoped
public class NotificationService {

    private final CurrentTenant currentTenant;
    private final NotificationStore store;
    private final NotificationCentre centre;
    private final Pool pool;
    private final Clock clock;
    private final ReaderLanguage reader;

    public NotificationService(CurrentTenant currentTenant, NotificationStore store, NotificationCentre centre,
            Pool pool, Clock clock, ReaderLanguage reader) {
        this.currentTenant = currentTenant;
        this.store = store;
        this.centre = centre;
        this.pool = pool;
        this.clock = clock;
        this.reader = reader;
    }

    public Uni<NotificationPage> page(Long before, boolean unreadOnly, int limit) {
        UUID tenant = currentTenant.id();
        UUID user = person();
        return reader.current().chain(locale -> store.page(tenant, user, before, unreadOnly, limit,
                        Catalogue.fileSuffix(locale).replace('_', '-')))
                .chain(items -> store.unread(tenant, user)
                .map(unread -> new NotificationPage(items,
                        items.size() < limit ? null : items.get(items.size() - 1).sequence(), unread)));
    }

    public Uni<Long> unread() {
        return store.unread(currentTenant.id(), person());
    }

    public Uni<NotificationView> get(UUID id) {
        return reader.current().chain(locale -> store.one(currentTenant.id(), person(), id,
                        Catalogue.fileSuffix(locale).replace('_', '-'))).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("Notification"));
    }

    public Uni<NotificationView> markRead(UUID id) {
        UUID tenant = currentTenant.id();
        UUID user = person();
        return store.markRead(tenant, user, id, clock.instant()).chain(found -> found ? get(id)
                : Uni.createFrom().failure(ProblemException.notFound("Notification")));
    }

    public Uni<Integer> markAllRead() {
        return store.markAllRead(currentTenant.id(), person(), clock.instant());
    }

    public Uni<Preferences> preferences() {
        UUID tenant = currentTenant.id();
        UUID user = person();
        return pool.preparedQuery("select u.role, p.settings from app_user u left join notification_preference p"
                + " on p.user_id = u.id and p.tenant_id = u.tenant_id where u.tenant_id = $1 and u.id = $2")
                .execute(Tuple.of(tenant, user)).map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Person");
                    }
                    var row = rows.iterator().next();
                    return row.getString("settings") == null ? RoleDefaults.of(row.getString("role"))
                            : JsonText.read(row.getString("settings"), Preferences.class);
                });
    }

    public Uni<Preferences> savePreferences(Preferences preferences) {
        UUID tenant = currentTenant.id();
        UUID user = person();
        long distinct = preferences.categories().stream().map(Preferences.CategoryChoice::category).distinct().count();
        if (distinct != preferences.categories().size()) {
            return Uni.createFrom().failure(ProblemException.invalid("categories", Text.of("notification.namesCategoryTwice")));
        }
        return pool.preparedQuery("""
                insert into notification_preference (user_id, tenant_id, settings, updated_at)
                select $2, $1, $3, $4 where exists (select 1 from app_user where id = $2 and tenant_id = $1)
                on conflict (user_id) do update set settings = excluded.settings, updated_at = excluded.updated_at
                where notification_preference.tenant_id = $1""")
                .execute(Tuple.of(tenant, user, JsonText.write(preferences), NotificationStore.at(clock.instant())))
                .replaceWith(preferences);
    }

    /** A notification to yourself at the priority asked, through your own channels, to try them. */
    public Uni<NotificationView> test(Urgency priority) {
        UUID tenant = currentTenant.id();
        UUID user = person();
        NotificationRequest request = new NotificationRequest(Category.SYSTEM, priority, user,
                new NotificationText("Test notification", "This is how notifications reach you (" + priority + ").",
                        "परीक्षण सूचना", "सूचनाएँ आप तक ऐसे पहुँचती हैं (" + priority + ")।", null, null),
                "/notifications", null);
        return centre.notify(tenant, null, List.of(request)).chain(produced -> store.one(tenant, user,
                produced.get(0).notificationId()));
    }

    public Uni<PushSubscriptionView> subscribe(PushSubscriptionRequest request) {
        UUID tenant = currentTenant.id();
        UUID user = person();
        return pool.preparedQuery("""
                insert into push_subscription (id, tenant_id, user_id, endpoint, p256dh, auth, created_at)
                values ($1, $2, $3, $4, $5, $6, $7)
                on conflict (endpoint) do update set tenant_id = excluded.tenant_id, user_id = excluded.user_id,
                    p256dh = excluded.p256dh, auth = excluded.auth, created_at = excluded.created_at
                returning id""")
                .execute(Tuple.from(new Object[] { UUID.randomUUID(), tenant, user, request.endpoint(),
                        request.keys().p256dh(), request.keys().auth(), NotificationStore.at(clock.instant()) }))
                .map(rows -> new PushSubscriptionView(rows.iterator().next().getUUID("id"), request.endpoint()));
    }

    public Uni<Void> unsubscribe(UUID id) {
        return pool.preparedQuery("delete from push_subscription where tenant_id = $1 and user_id = $2 and id = $3")
                .execute(Tuple.of(currentTenant.id(), person(), id))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ProblemException.notFound("Push subscription");
                    }
                }).replaceWithVoid();
    }

    /** Notifications belong to people: an API key has none. */
    private UUID person() {
        return currentTenant.userId().orElseThrow(() -> ProblemException.forbidden(Text.of("notification.notificationsBelongPersonSignAs")));
    }
}
