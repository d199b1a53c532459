package com.verticallight.workflow.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The tenant's latest domain events from the outbox, of the topics a workflow can listen to: a real payload to test
 * a workflow with. Only those topics (never inbound webhook payloads); every statement names the tenant.
 */
@ApplicationScoped
public class RecentEvents {

    public static final int MAX_LIMIT = 50;

    /** One event as it was written with its change. */
    public record RecentEvent(UUID id, String topic, Object payload, Instant createdAt) {
    }

    private final Pool pool;
    private final CurrentTenant tenant;
    private final ObjectMapper json;

    public RecentEvents(Pool pool, CurrentTenant tenant, ObjectMapper json) {
        this.pool = pool;
        this.tenant = tenant;
        this.json = json;
    }

    public static List<String> topics() {
        TreeSet<String> all = new TreeSet<>(EventTrigger.EVENTS);
        all.addAll(AiTrigger.EVENTS);
        return List.copyOf(all);
    }

    /** Newest first; topic null means every workflow topic. */
    public Uni<List<RecentEvent>> latest(String topic, int limit) {
        if (topic != null && !topics().contains(topic)) {
            throw ProblemException.invalidKeyed("topic", "error.oneOf",
                    java.util.Map.of("values", String.valueOf(topics())));
        }
        String[] wanted = topic == null ? topics().toArray(String[]::new) : new String[] { topic };
        return pool.preparedQuery("""
                select id, topic, payload, created_at from outbox
                where tenant_id = $1 and topic = any($2) order by created_at desc limit $3""")
                .execute(Tuple.of(tenant.id(), wanted, Math.min(limit, MAX_LIMIT)))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(r -> new RecentEvent(r.getUUID("id"),
                        r.getString("topic"), parse(r.getString("payload")),
                        r.getOffsetDateTime("created_at").toInstant())).toList());
    }

    private Object parse(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
