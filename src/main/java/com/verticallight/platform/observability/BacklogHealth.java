package com.verticallight.platform.observability;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * DOWN when work is stuck: a job kind whose oldest due job is later than {@code vlos.health.job-lag-limit}, or
 * outbox events due for longer than {@code vlos.health.outbox-lag-limit}. A wellness check (/q/health/well, and
 * /q/health): it alerts operators but does not take pods out of the Service, since every pod shares the backlog and
 * restarting or unrouting them would not unstick it.
 */
@Wellness
@ApplicationScoped
public class BacklogHealth implements AsyncHealthCheck {

    @Inject
    BacklogMonitor monitor;

    @ConfigProperty(name = "vlos.health.job-lag-limit", defaultValue = "PT10M")
    Duration jobLagLimit;

    @ConfigProperty(name = "vlos.health.outbox-lag-limit", defaultValue = "PT10M")
    Duration outboxLagLimit;

    @Override
    public Uni<HealthCheckResponse> call() {
        return monitor.refresh().map(this::judge)
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named("backlog").down()
                        .withData("error", failure.getClass().getSimpleName()).build());
    }

    HealthCheckResponse judge(Backlog backlog) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("backlog").up();
        boolean stuck = false;
        for (Map.Entry<String, Backlog.Due> kind : backlog.jobs().entrySet()) {
            if (kind.getValue().lag().compareTo(jobLagLimit) > 0) {
                stuck = true;
                response.withData("job:" + kind.getKey(), kind.getValue().count() + " due, oldest late by "
                        + kind.getValue().lag());
            }
        }
        if (backlog.outbox().lag().compareTo(outboxLagLimit) > 0) {
            stuck = true;
            response.withData("outbox", backlog.outbox().count() + " due, oldest waiting " + backlog.outbox().lag());
        }
        return response.status(!stuck).build();
    }
}
