package com.verticallight.execution.plan;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs a business's day when its job comes due (at its run time, on catch-up, or on "run now"). */
@ApplicationScoped
public class DayRunJob implements JobHandler {

    @Inject
    DayPlanRunner runner;

    @Override
    public String kind() {
        return DaySchedule.KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        return runner.run(JsonText.read(job.payload(), DayRunPayload.class));
    }
}
