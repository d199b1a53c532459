package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runs an action at its scheduled time through the gateway. The action's idempotency key is the job's, so a
 * job run again after its instance died finds the delivery already claimed and sends nothing twice. The job is
 * done only when its delivery is settled ({@link JobDeliveries}): a transient failure is tried again until the
 * action expires, a delivery left SENDING by a crash waits for the sweeper.
 */
@ApplicationScoped
public class ScheduledActionJob implements JobHandler {

    public static final String KIND = "channel.action";

    @Inject
    ChannelGateway gateway;

    @Inject
    JobDeliveries deliveries;

    /** What the job carries: the command, and when it stops being worth sending (optional). */
    public record Payload(UUID connectionId, String idempotencyKey, OutboundAction action, Boolean marketing,
            Boolean urgent, String taskType, Instant expiresAt) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        Payload held = read(job.payload());
        ActionCommand command = new ActionCommand(held.connectionId(), job.idempotencyKey(), held.action(),
                held.marketing(), held.urgent(), held.taskType());
        return gateway.executeForJob(List.of(command))
                .chain(outcomes -> deliveries.settle(outcomes.get(0), held.expiresAt()));
    }

    static String write(Payload payload) {
        return JsonText.write(payload);
    }

    private static Payload read(String payload) {
        return JsonText.read(payload, Payload.class);
    }
}
