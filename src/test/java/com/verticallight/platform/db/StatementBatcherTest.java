package com.verticallight.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class StatementBatcherTest {

    /** Statements written, each as the items it held; each stays open until the test ends it. */
    private final List<List<String>> written = new CopyOnWriteArrayList<>();
    private final List<UniEmitter<? super List<String>>> open = new CopyOnWriteArrayList<>();
    private final Map<String, Object> outcomes = new ConcurrentHashMap<>();

    private Uni<List<String>> write(List<String> items) {
        written.add(items);
        return Uni.createFrom().emitter(open::add);
    }

    private void submit(StatementBatcher<String, String> batcher, String item) {
        batcher.submit(item).subscribe().with(result -> outcomes.put(item, result), failure -> outcomes.put(item, failure));
    }

    private static List<String> upper(List<String> items) {
        return items.stream().map(String::toUpperCase).toList();
    }

    @Test
    void itemsArrivingWhileAStatementIsOutLeaveTogetherInTheNextAndEachCallerGetsItsOwnResult() {
        StatementBatcher<String, String> batcher = new StatementBatcher<>(1, 10, this::write,
                item -> write(List.of(item)).map(list -> list.get(0)));
        submit(batcher, "a");
        submit(batcher, "b");
        submit(batcher, "c");
        assertThat(written).containsExactly(List.of("a")); // the first goes at once, alone

        open.get(0).complete(List.of("A"));
        assertThat(outcomes).containsEntry("a", "A");
        assertThat(written).containsExactly(List.of("a"), List.of("b", "c")); // the others together

        open.get(1).complete(upper(List.of("b", "c")));
        assertThat(outcomes).containsEntry("b", "B").containsEntry("c", "C");
    }

    @Test
    void aFailedBatchIsWrittenAgainItemByItemSoOnlyTheBadItemFails() {
        List<String> singles = new ArrayList<>();
        List<UniEmitter<? super String>> first = new ArrayList<>();
        StatementBatcher<String, String> batcher = new StatementBatcher<>(1, 10, this::write, item -> {
            singles.add(item);
            if ("first".equals(item)) {
                return Uni.createFrom().emitter(first::add); // stays out while the others arrive
            }
            return "bad".equals(item) ? Uni.createFrom().failure(new IllegalStateException("bad row"))
                    : Uni.createFrom().item(item.toUpperCase());
        });
        submit(batcher, "first");
        submit(batcher, "good");
        submit(batcher, "bad");
        first.get(0).complete("FIRST");
        assertThat(outcomes).containsEntry("first", "FIRST");
        assertThat(written).containsExactly(List.of("good", "bad"));

        open.get(0).fail(new IllegalStateException("the batch failed"));
        assertThat(singles).containsExactly("first", "good", "bad");
        assertThat(outcomes).containsEntry("good", "GOOD");
        assertThat(outcomes.get("bad")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStatementWithoutAResultStillAnswersItsCaller() {
        StatementBatcher<String, Void> batcher = new StatementBatcher<>(1, 10,
                items -> Uni.createFrom().item(java.util.Collections.<Void>nCopies(items.size(), null)),
                item -> Uni.createFrom().voidItem());
        List<String> done = new ArrayList<>();
        batcher.submit("alone").subscribe().with(ignored -> done.add("alone"), failure -> done.add(failure.toString()));
        assertThat(done).containsExactly("alone");
    }

    @Test
    void aBatchHoldsAtMostMaxBatchItems() {
        StatementBatcher<String, String> batcher = new StatementBatcher<>(1, 2, this::write,
                item -> write(List.of(item)).map(list -> list.get(0)));
        for (String item : List.of("a", "b", "c", "d", "e")) {
            submit(batcher, item);
        }
        open.get(0).complete(List.of("A"));
        open.get(1).complete(upper(List.of("b", "c")));
        assertThat(written).containsExactly(List.of("a"), List.of("b", "c"), List.of("d", "e"));
    }
}
