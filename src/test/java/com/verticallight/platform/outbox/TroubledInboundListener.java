package com.verticallight.platform.outbox;

import com.verticallight.channel.webhook.InboundListener;
import com.verticallight.channel.webhook.InboundMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test listener for the messages a test names (by message id): it can fail on them, or hold them until released.
 * Every other message passes through untouched.
 */
@ApplicationScoped
public class TroubledInboundListener implements InboundListener {

    private final Set<String> failFor = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> holdFor = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    @Override
    public Uni<Boolean> received(InboundMessage message) {
        seen.computeIfAbsent(message.messageId(), id -> new AtomicInteger()).incrementAndGet();
        if (failFor.contains(message.messageId())) {
            return Uni.createFrom().failure(new IllegalStateException("the listener is down"));
        }
        CompletableFuture<Void> hold = holdFor.get(message.messageId());
        return (hold == null ? Uni.createFrom().voidItem() : Uni.createFrom().completionStage(hold)).replaceWith(false);
    }

    // methods, not fields: the test reads the bean through its client proxy

    public void failFor(String messageId) {
        failFor.add(messageId);
    }

    public void recover(String messageId) {
        failFor.remove(messageId);
    }

    public void hold(String messageId, CompletableFuture<Void> until) {
        holdFor.put(messageId, until);
    }

    public void reset() {
        failFor.clear();
        holdFor.values().forEach(hold -> hold.complete(null));
        holdFor.clear();
    }

    public int timesSeen(String messageId) {
        AtomicInteger count = seen.get(messageId);
        return count == null ? 0 : count.get();
    }
}
