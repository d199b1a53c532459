package com.verticallight.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The notification centre's durable jobs. */
final class NotificationJobHandlers {

    private NotificationJobHandlers() {
    }

    /** Releases what quiet hours held, and finishes what the immediate attempt did not (an instance stopped). */
    @ApplicationScoped
    static class Deliver implements JobHandler {

        private final NotificationDispatcher dispatcher;

        Deliver(NotificationDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Override
        public String kind() {
            return NotificationJobs.DELIVER;
        }

        @Override
        public Uni<Void> handle(RunningJob job) {
            JsonNode payload = JsonText.tree(job.payload());
            return dispatcher.deliverDue(job.tenantId(), UUID.fromString(payload.path("notificationId").asText()));
        }
    }

    /** One person's daily digest: everything waiting for it, in one email. */
    @ApplicationScoped
    static class Digest implements JobHandler {

        private final DigestSender digest;

        Digest(DigestSender digest) {
            this.digest = digest;
        }

        @Override
        public String kind() {
            return NotificationJobs.DIGEST;
        }

        @Override
        public Uni<Void> handle(RunningJob job) {
            JsonNode payload = JsonText.tree(job.payload());
            return digest.send(job.tenantId(), UUID.fromString(payload.path("userId").asText()), job.idempotencyKey());
        }
    }

    /** Deletes the tenant's notifications read longer ago than the retention. */
    @ApplicationScoped
    static class Retention implements JobHandler {

        private static final Logger LOG = Logger.getLogger(Retention.class);

        private final NotificationStore store;
        private final NotificationConfig config;
        private final Clock clock;

        Retention(NotificationStore store, NotificationConfig config, Clock clock) {
            this.store = store;
            this.config = config;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return NotificationJobs.RETENTION;
        }

        @Override
        public Uni<Void> handle(RunningJob job) {
            return store.deleteReadBefore(job.tenantId(), clock.instant().minus(config.retention()))
                    .invoke(deleted -> LOG.debugf("Tenant %s: %d read notifications deleted", job.tenantId(), deleted))
                    .replaceWithVoid();
        }
    }
}
