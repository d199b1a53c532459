package com.verticallight.notification;

import com.verticallight.notification.Preferences.CategoryChoice;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Produces notifications: for each person whose preferences enable the category, a new notification (or the
 * unread one with the same merge key, counted up), its deliveries per channel (pending, held by quiet hours,
 * or waiting for the digest), the jobs that finish them, and a PostgreSQL NOTIFY that reaches every instance's
 * sockets once committed. An event's notifications are produced once: its id is recorded in the same transaction.
 */
@ApplicationScoped
public class NotificationCentre {

    private static final Logger LOG = Logger.getLogger(NotificationCentre.class);

    private final Pool pool;
    private final Clock clock;
    private final NotificationConfig config;
    private final NotificationJobs jobs;
    private final NotificationDispatcher dispatcher;
    /** The day of the retention run this instance last committed for each tenant. */
    private final Map<UUID, LocalDate> retentionScheduled = new ConcurrentHashMap<>();

    public NotificationCentre(Pool pool, Clock clock, NotificationConfig config, NotificationJobs jobs,
            NotificationDispatcher dispatcher) {
        this.pool = pool;
        this.clock = clock;
        this.config = config;
        this.jobs = jobs;
        this.dispatcher = dispatcher;
    }

    /**
     * A stored notification of one person, whether it has deliveries to make now, and whether it was an unread one
     * counted up ({@code merged}) rather than a new one.
     */
    public record Produced(UUID tenantId, UUID userId, UUID notificationId, long sequence, boolean deliverNow,
            boolean merged) {
    }

    /**
     * Produces the notifications; their immediate deliveries start once committed. The caller goes on on its own
     * Vert.x context (its request, its session), although a delivery through the gateway runs on a context of its own.
     */
    public Uni<List<Produced>> notify(UUID tenantId, UUID eventId, List<NotificationRequest> requests) {
        io.vertx.core.Context caller = io.vertx.core.Vertx.currentContext();
        Instant now = clock.instant();
        return pool.withTransaction(connection -> firstTime(connection, tenantId, eventId, now).chain(first -> !first
                ? Uni.createFrom().item(List.<Produced>of())
                : recipients(connection, tenantId).chain(people -> Multi.createFrom().iterable(requests)
                        .onItem().transformToUniAndConcatenate(request -> forPeople(connection, tenantId, request,
                                people, now))
                        .collect().in(ArrayList<Produced>::new, List::addAll))))
                .invoke(produced -> {
                    if (produced.stream().anyMatch(p -> !p.merged())) { // committed with the retention job
                        retentionScheduled.put(tenantId, tomorrow(now));
                    }
                })
                .call(produced -> Multi.createFrom().iterable(produced).filter(Produced::deliverNow)
                        .onItem().transformToUniAndConcatenate(p -> dispatcher.deliverDue(p.tenantId(), p.notificationId())
                                .onFailure().invoke(e -> LOG.warnf(e, "Notification %s: delivery deferred to its job",
                                        p.notificationId()))
                                .onFailure().recoverWithNull())
                        .collect().last())
                .emitOn(caller == null ? Runnable::run : task -> caller.runOnContext(ignored -> task.run()));
    }

    private static Uni<Boolean> firstTime(SqlConnection connection, UUID tenantId, UUID eventId, Instant now) {
        if (eventId == null) {
            return Uni.createFrom().item(true);
        }
        return connection.preparedQuery("insert into notification_event (event_id, tenant_id, consumed_at) values ($1, $2, $3)"
                + " on conflict (event_id) do nothing").execute(Tuple.of(eventId, tenantId, NotificationStore.at(now)))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Uni<List<Recipient>> recipients(SqlConnection connection, UUID tenantId) {
        return connection.preparedQuery(Recipient.SELECT).execute(Tuple.of(tenantId)).map(rows -> {
            List<Recipient> people = new ArrayList<>();
            for (Row row : rows) {
                people.add(Recipient.of(row));
            }
            return people;
        });
    }

    private Uni<List<Produced>> forPeople(SqlConnection connection, UUID tenantId, NotificationRequest request,
            List<Recipient> people, Instant now) {
        List<Recipient> targets = people.stream()
                .filter(p -> request.recipient() == null || p.userId().equals(request.recipient()))
                .filter(p -> request.recipient() != null || p.preferences().choice(request.category()).enabled())
                .toList();
        return Multi.createFrom().iterable(targets)
                .onItem().transformToUniAndConcatenate(person -> forPerson(connection, tenantId, request, person, now))
                .collect().asList();
    }

    private Uni<Produced> forPerson(SqlConnection connection, UUID tenantId, NotificationRequest request,
            Recipient person, Instant now) {
        return merged(connection, tenantId, request, person, now).chain(merged -> merged != null
                ? announce(connection, tenantId, person.userId(), merged).replaceWith(
                        new Produced(tenantId, person.userId(), merged.id(), merged.sequence(), false, true))
                : created(connection, tenantId, request, person, now));
    }

    /** The unread notification with the same key within the window, counted up and retitled; null when none. */
    private Uni<NotificationView> merged(SqlConnection connection, UUID tenantId, NotificationRequest request, Recipient person,
            Instant now) {
        if (request.mergeKey() == null) {
            return Uni.createFrom().nullItem();
        }
        String language = person.language();
        return connection.preparedQuery("""
                update notification set merged_count = merged_count + 1, seq = nextval('notification_seq'),
                       updated_at = $5, link = $6,
                       priority = case when $7 > (case priority when 'LOW' then 0 when 'NORMAL' then 1 when 'HIGH' then 2 else 3 end)
                                       then $8 else priority end
                where id = (select id from notification where tenant_id = $1 and user_id = $2 and merge_key = $3
                            and read_at is null and created_at > $4 order by created_at desc limit 1)
                  and tenant_id = $1
                returning\s""" + NotificationStore.COLUMNS)
                .execute(Tuple.from(new Object[] { tenantId, person.userId(), request.mergeKey(),
                        NotificationStore.at(now.minus(config.mergeWindow())), NotificationStore.at(now), request.link(),
                        request.priority().ordinal(), request.priority().name() }))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    NotificationView row = NotificationStore.view(rows.iterator().next());
                    String title = request.text().mergedTitle(language, row.count());
                    return title == null ? Uni.createFrom().item(row)
                            : connection.preparedQuery("update notification set title = $3 where id = $1 and tenant_id = $2")
                                    .execute(Tuple.of(row.id(), tenantId, truncate(title, 300)))
                                    .replaceWith(row.withTitle(truncate(title, 300)));
                });
    }

    private Uni<Produced> created(SqlConnection connection, UUID tenantId, NotificationRequest request,
            Recipient person, Instant now) {
        UUID id = UUID.randomUUID();
        String language = person.language();
        String title = truncate(request.text().title(language), 300);
        String body = truncate(request.text().body(language), 2000);
        Instant at = now.truncatedTo(ChronoUnit.MICROS); // as stored
        return connection.preparedQuery("""
                insert into notification (id, tenant_id, user_id, category, priority, title, body, link, merge_key,
                                          created_at, updated_at, words)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11) returning seq""")
                .execute(Tuple.from(new Object[] { id, tenantId, person.userId(), request.category().name(),
                        request.priority().name(), title, body, request.link(), request.mergeKey(),
                        NotificationStore.at(at), request.text().wordsJson() }))
                .map(rows -> new NotificationView(id, rows.iterator().next().getLong("seq"), request.category(),
                        request.priority(), title, body, request.link(), 1, at, at, null, List.of()))
                .chain(view -> deliveries(connection, tenantId, id, request, person, now)
                        .call(() -> retention(connection, tenantId, now))
                        .call(deliverNow -> announce(connection, tenantId, person.userId(), view))
                        .map(deliverNow -> new Produced(tenantId, person.userId(), id, view.sequence(), deliverNow, false)));
    }

    /** One row per chosen channel; returns whether any can go now. */
    private Uni<Boolean> deliveries(SqlConnection connection, UUID tenantId, UUID notificationId,
            NotificationRequest request, Recipient person, Instant now) {
        CategoryChoice choice = person.preferences().choice(request.category());
        if (choice.channels().isEmpty()) {
            return Uni.createFrom().item(false);
        }
        if (Boolean.TRUE.equals(choice.digest()) && request.priority() != Urgency.URGENT) {
            Instant digestAt = QuietWindow.next(LocalTime.parse(person.preferences().digestTime()), person.zone(), now);
            return insertDelivery(connection, tenantId, notificationId, person.userId(), Channel.EMAIL, "DIGEST", null, now)
                    .call(() -> jobs.schedule(connection, tenantId, NotificationJobs.DIGEST,
                            JsonText.write(Map.of("userId", person.userId().toString())), digestAt,
                            "ntf-digest:" + person.userId() + ":" + digestAt, now))
                    .replaceWith(false);
        }
        Instant heldUntil = request.priority() == Urgency.URGENT ? null
                : QuietWindow.heldUntil(person.preferences().quietHours(), person.zone(), now);
        String status = heldUntil == null ? "PENDING" : "HELD";
        // the job finishes what the immediate attempt could not (a crash in between), or releases held ones
        Instant jobAt = heldUntil == null ? now.plus(java.time.Duration.ofMinutes(2)) : heldUntil;
        return Multi.createFrom().iterable(choice.channels().stream().distinct().toList())
                .onItem().transformToUniAndConcatenate(channel -> insertDelivery(connection, tenantId, notificationId,
                        person.userId(), channel, status, heldUntil, now))
                .collect().last()
                .call(() -> jobs.schedule(connection, tenantId, NotificationJobs.DELIVER,
                        JsonText.write(Map.of("notificationId", notificationId.toString())), jobAt,
                        "ntf-deliver:" + notificationId, now))
                .replaceWith(heldUntil == null);
    }

    /**
     * Tomorrow's retention run of the tenant (one a day, as long as it gets notifications). Once this instance has
     * committed it, the tenant's further notifications of the day skip the statement: concurrent inserts of the same
     * job key would otherwise wait for each other's commit.
     */
    private Uni<Void> retention(SqlConnection connection, UUID tenantId, Instant now) {
        LocalDate tomorrow = tomorrow(now);
        if (tomorrow.equals(retentionScheduled.get(tenantId))) {
            return Uni.createFrom().voidItem();
        }
        return jobs.schedule(connection, tenantId, NotificationJobs.RETENTION, "{}",
                tomorrow.atStartOfDay().toInstant(ZoneOffset.UTC), "ntf-retention:" + tomorrow, now);
    }

    private static LocalDate tomorrow(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    }

    private static Uni<Void> insertDelivery(SqlConnection connection, UUID tenantId, UUID notificationId, UUID userId,
            Channel channel, String status, Instant dueAt, Instant now) {
        return connection.preparedQuery("""
                insert into notification_delivery (id, tenant_id, notification_id, user_id, channel, status, due_at, created_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (notification_id, channel) do nothing""")
                .execute(Tuple.from(new Object[] { UUID.randomUUID(), tenantId, notificationId, userId, channel.name(),
                        status, NotificationStore.at(dueAt), NotificationStore.at(now) }))
                .replaceWithVoid();
    }

    /**
     * Heard by every instance's listener once the transaction commits, with the socket message already written
     * (no instance reads it back), unless it is too long for a NOTIFY ({@link NotificationFanOut#payload}).
     */
    private static Uni<Void> announce(SqlConnection connection, UUID tenantId, UUID userId, NotificationView view) {
        return connection.preparedQuery("select pg_notify($1, $2)")
                .execute(Tuple.of(NotificationFanOut.CHANNEL, NotificationFanOut.payload(tenantId, userId, view)))
                .replaceWithVoid();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
