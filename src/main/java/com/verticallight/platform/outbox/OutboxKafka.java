package com.verticallight.platform.outbox;

import com.verticallight.platform.json.JsonText;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The outbox's Kafka channels and record shape: one topic per outbox topic, keyed by tenant, the event as JSON. */
public final class OutboxKafka {

    /** Relay → broker (configured in application.properties under the "kafka" profile). */
    public static final String OUTGOING = "outbox-to-kafka";
    /** Broker → consumer on any instance, one consumer group for all instances. */
    public static final String INCOMING = "outbox-from-kafka";

    private OutboxKafka() {
    }

    static Message<String> record(OutboxEvent event, String topicPrefix) {
        // events without a tenant (platform-wide) are keyed by their topic: still in order among themselves
        String key = event.tenantId() == null ? event.topic() : event.tenantId().toString();
        return Message.of(JsonText.write(event)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topicPrefix + event.topic()).withKey(key).build());
    }
}
