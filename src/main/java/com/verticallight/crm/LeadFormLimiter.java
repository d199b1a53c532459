package com.verticallight.crm;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Submissions per public form and hour, counted in PostgreSQL (shared by every instance). */
@ApplicationScoped
public class LeadFormLimiter {

    private static final String HIT = """
            insert into lead_form_window as w (form_key, window_start, request_count) values ($1, $2, 1)
            on conflict (form_key, window_start) do update set request_count = w.request_count + 1
            returning w.request_count""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @ConfigProperty(name = "vlos.lead-forms.max-per-hour", defaultValue = "100")
    int maxPerHour;

    /** Seconds to wait when over the limit, or 0 when this submission may go ahead. */
    public Uni<Long> hit(String formKey) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.HOURS);
        return pool.preparedQuery(HIT).execute(Tuple.of(formKey, window.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getInteger("request_count") <= maxPerHour ? 0L
                        : Math.max(1, Duration.between(now, window.plus(1, ChronoUnit.HOURS)).toSeconds()));
    }
}
