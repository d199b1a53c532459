package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends the messages quiet hours held back once their time has come. Due rows are claimed with
 * FOR UPDATE SKIP LOCKED and moved to SENDING in one transaction, so two instances never send one twice.
 */
@ApplicationScoped
public class DeferredSender {

    private static final Logger LOG = Logger.getLogger(DeferredSender.class);
    private static final String CLAIM_DUE = """
            update delivery set status = 'SENDING', updated_at = $1
            where id in (select id from delivery where status = 'DEFERRED' and not_before <= $1
                         order by not_before limit 100 for update skip locked)
            returning id, tenant_id, connection_id, idempotency_key, action, marketing, task_type""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    ChannelGateway gateway;

    @Inject
    CurrentTenant currentTenant;

    @Scheduled(every = "${vlos.channels.deferred-poll-interval:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return sendDue().replaceWithVoid();
    }

    /** Sends what is due now; returns how many deliveries were taken. */
    public Uni<Integer> sendDue() {
        return pool.preparedQuery(CLAIM_DUE).execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC)))
                .chain(rows -> {
                    List<Row> due = new ArrayList<>();
                    rows.forEach(due::add);
                    return Multi.createFrom().iterable(due)
                            .onItem().transformToUniAndMerge(this::send)
                            .collect().asList().replaceWith(due.size());
                });
    }

    private Uni<Void> send(Row row) {
        return currentTenant.runAs(row.getUUID("tenant_id"), () -> gateway.resume(row.getUUID("id"),
                        new ActionCommand(row.getUUID("connection_id"), row.getString("idempotency_key"),
                                action(row.getString("action")), row.getBoolean("marketing"), false,
                                row.getString("task_type"))))
                .onFailure().invoke(e -> LOG.warnf("Deferred delivery %s could not be sent: %s", row.getUUID("id"),
                        e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static OutboundAction action(String json) {
        return JsonText.read(json, OutboundAction.class);
    }
}
