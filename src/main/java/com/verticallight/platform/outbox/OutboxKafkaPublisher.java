package com.verticallight.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes outbox events to Kafka. Its emitter is only connected with the "kafka" profile, so the bean is created
 * (on first use, through its client proxy) only when Kafka is on.
 */
@ApplicationScoped
class OutboxKafkaPublisher {

    private final MutinyEmitter<String> kafka;
    private final OutboxConfig config;

    OutboxKafkaPublisher(@Channel(OutboxKafka.OUTGOING) MutinyEmitter<String> kafka, OutboxConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /** Done when the broker has the record (acks=all). */
    Uni<Void> publish(OutboxEvent event) {
        return kafka.sendMessage(OutboxKafka.record(event, config.kafka().topicPrefix()));
    }
}
