package com.verticallight.channel.gateway;

import com.verticallight.i18n.Text;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ScheduledAction;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.JobViews.JobView;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Actions to run later (a post at 09:00, a follow-up at +24 h), kept as durable jobs. */
@ApplicationScoped
public class ScheduledActions {

    @Inject
    ConnectionService connections;

    @Inject
    JobScheduler scheduler;

    @WithTransaction
    public Uni<JobView> schedule(ScheduledAction request) {
        String key = "scheduled:" + (request.idempotencyKey() == null ? UUID.randomUUID() : request.idempotencyKey());
        ScheduledActionJob.Payload command = new ScheduledActionJob.Payload(request.connectionId(), null,
                request.action(), request.marketing(), request.urgent(), request.taskType(), request.expiresAt());
        if (request.expiresAt() != null && !request.expiresAt().isAfter(request.runAt())) {
            return Uni.createFrom().failure(ProblemException.invalid("expiresAt", Text.of("channel.afterRunAt")));
        }
        return connections.resolve(List.of(request.connectionId()))
                .invoke(found -> {
                    if (!found.containsKey(request.connectionId())) {
                        throw ProblemException.invalid("connectionId", Text.of("field.noSuchConnection"));
                    }
                })
                .chain(() -> scheduler.schedule(new JobRequest(ScheduledActionJob.KIND, ScheduledActionJob.write(command),
                        request.runAt(), key, request.correlation(), null)))
                .map(JobView::of);
    }
}
