package com.verticallight.channel.gateway;

import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Runs an action at its scheduled time through the gateway. The action's idempotency key is the job's, so a
 * job run again after its instance died finds the delivery already claimed and sends nothing twice.
 */
@ApplicationScoped
public class ScheduledActionJob implements JobHandler {

    public static final String KIND = "channel.action";

    @Inject
    ChannelGateway gateway;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        ActionCommand held = read(job.payload());
        ActionCommand command = new ActionCommand(held.connectionId(), job.idempotencyKey(), held.action(),
                held.marketing(), held.urgent(), held.taskType());
        return gateway.executeAll(List.of(command)).replaceWithVoid();
    }

    static String write(ActionCommand command) {
        return JsonText.write(command);
    }

    private static ActionCommand read(String payload) {
        return JsonText.read(payload, ActionCommand.class);
    }
}
