package com.verticallight.job;

import com.verticallight.i18n.Text;
import com.verticallight.job.JobViews.JobView;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The tenant's jobs, for support and for cancelling what should no longer happen. */
@ApplicationScoped
public class JobService {

    @Inject
    JobRepository jobs;

    @Inject
    JobScheduler scheduler;

    @Inject
    Clock clock;

    @WithSession
    public Uni<List<JobView>> list(JobStatus status, String kind, String correlation, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (correlation != null) {
            where.append(" and correlation = :correlation");
            parameters.put("correlation", correlation);
        }
        return jobs.list(where.toString(), parameters, "runAt desc")
                .map(all -> all.stream().limit(limit).map(JobView::of).toList());
    }

    @WithSession
    public Uni<JobView> get(UUID id) {
        return jobs.getById(id, "Job").map(JobView::of);
    }

    /** Only a job that has not started can be cancelled. */
    @WithTransaction
    public Uni<JobView> cancel(UUID id) {
        return jobs.getById(id, "Job").chain(job -> {
            if (job.status != JobStatus.PENDING) {
                throw ProblemException.conflict(Text.of("job.onlyPending", Map.of("status", job.status.name())));
            }
            job.status = JobStatus.CANCELLED;
            job.updatedAt = clock.instant();
            job.finishedAt = job.updatedAt;
            return jobs.flush(job);
        }).map(JobView::of);
    }

    @WithTransaction
    public Uni<Integer> cancelAll(String correlation) {
        return scheduler.cancelAll(correlation);
    }
}
