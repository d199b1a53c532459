package com.verticallight.intelligence.daily;

import com.verticallight.business.BusinessRepository;
import com.verticallight.intelligence.competitor.CompetitorService;
import com.verticallight.intelligence.insight.InsightService;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * A business's daily refresh: competitors from Places (when a key is configured and not fetched in the last hours),
 * then every insight rule, then the next day's job. A Places outage still lets the insights be computed; the job
 * then fails so the runner retries it with backoff (the insights are recomputed idempotently, and Places is not
 * called again once it answered).
 */
@ApplicationScoped
public class DailyIntelligenceJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(DailyIntelligenceJob.class);

    @Inject
    BusinessRepository businesses;

    @Inject
    CompetitorService competitors;

    @Inject
    InsightService insights;

    @Inject
    DailySchedule schedule;

    @Inject
    DailyConfig config;

    @Override
    public String kind() {
        return DailySchedule.KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        DailyPayload payload = JsonText.read(job.payload(), DailyPayload.class);
        return Panache.withSession(() -> businesses.findById(payload.businessId())).chain(business -> {
            if (business == null) {
                return Uni.createFrom().voidItem(); // removed since: its chain of daily jobs ends here
            }
            ZoneId zone = ZoneId.of(business.timeZone);
            AtomicReference<Throwable> placesFailure = new AtomicReference<>();
            return competitors.refreshIfDue(business.id, config.placesMinInterval())
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("Daily competitor refresh of business %s failed: %s", business.id, failure.getMessage());
                        placesFailure.set(failure);
                        return false;
                    })
                    .chain(() -> insights.refresh(business.id))
                    .chain(() -> Panache.withTransaction(() -> schedule.schedule(business.id,
                            payload.date().plusDays(1), zone)))
                    .invoke(() -> {
                        if (worthRetrying(placesFailure.get())) {
                            throw new IllegalStateException("Competitors not refreshed: " + placesFailure.get().getMessage());
                        }
                    })
                    .replaceWithVoid();
        });
    }

    /** Places did not answer (502 after the client's own retries); a refusal such as a 4xx is not retried. */
    private static boolean worthRetrying(Throwable failure) {
        return failure instanceof ProblemException problem && problem.problem().status() == 502;
    }
}
