package com.verticallight.intelligence.insight;

import com.verticallight.i18n.Text;
import com.verticallight.business.Business;
import com.verticallight.business.BusinessRepository;
import com.verticallight.intelligence.insight.Insight.Status;
import com.verticallight.intelligence.insight.InsightTypes.Kind;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import com.verticallight.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every {@link InsightRule} over a business's data and keeps one insight per business, type and subject:
 * a recomputation updates the figures (keeping DONE or DISMISSED), adds what is new, and removes NEW insights whose
 * condition no longer holds.
 */
@ApplicationScoped
public class InsightService {

    /** A new insight (not a refreshed one): the people who hear of insights are told (merged: "3 new insights"). */
    public static final String CREATED_TOPIC = "insight.created";


    /** Ranked: new first, then what can be done today, then expected impact per minute of effort. */
    static final Comparator<Insight> RANKING = Comparator.<Insight, Boolean>comparing(i -> i.status != Status.NEW)
            .thenComparing(i -> !i.actionableToday)
            .thenComparing(Comparator.comparingDouble((Insight i) -> InsightView.impactPerHour(i)).reversed())
            .thenComparing((Insight i) -> i.priority)
            .thenComparing((Insight i) -> i.createdAt)
            .thenComparing((Insight i) -> i.subject);

    @Inject
    BusinessRepository businesses;

    @Inject
    com.verticallight.i18n.ReaderLanguage reader;

    @Inject
    InsightRepository insights;

    @Inject
    InsightTypes types;

    @Inject
    Instance<InsightRule> rules;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<List<InsightView>> refresh(UUID businessId) {
        return businesses.getById(businessId, "Business").chain(business -> types.all()
                .chain(kinds -> {
                    InsightContext context = new InsightContext(business, clock.instant());
                    List<InsightRule> ordered = rules.stream().sorted(Comparator.comparing(InsightRule::type)).toList();
                    return Multi.createFrom().iterable(ordered)
                            .onItem().transformToUniAndConcatenate(rule -> rule.find(context)
                                    .map(found -> found.stream().map(f -> new Typed(rule.type(), f)).toList()))
                            .collect().asList()
                            .chain(all -> store(business, kinds, all.stream().flatMap(List::stream).toList(),
                                    context.now()));
                }))
                .chain(ignored -> ranked(businessId, null));
    }

    @WithSession
    public Uni<List<InsightView>> list(UUID businessId, Status status) {
        return businesses.getById(businessId, "Business").chain(business -> ranked(businessId, status));
    }

    @WithTransaction
    public Uni<InsightView> mark(UUID insightId, Status status) {
        return insights.getById(insightId, "Insight").chain(insight -> {
            if (insight.status == status) {
                return Uni.createFrom().item(insight);
            }
            if (insight.status != Status.NEW) {
                throw ProblemException.conflict(Text.of("intelligence.insightAlready", Map.of("status", insight.status.name())));
            }
            insight.status = status;
            insight.updatedAt = clock.instant();
            return insights.flush(insight);
        }).chain(insight -> reader.current().map(locale -> InsightView.of(insight, locale)));
    }

    private record Typed(String type, Finding finding) {
    }

    private Uni<Void> store(Business business, Map<String, Kind> kinds, List<Typed> found, Instant now) {
        return insights.list("businessId = :b", Map.of("b", business.id), null).chain(existing -> {
            Map<String, Insight> byKey = existing.stream().collect(Collectors.toMap(i -> i.type + "|" + i.subject,
                    Function.identity()));
            Set<String> current = new HashSet<>();
            Uni<Void> writes = Multi.createFrom().iterable(found).onItem().transformToUniAndConcatenate(typed -> {
                current.add(typed.type() + "|" + typed.finding().subject());
                Insight known = byKey.get(typed.type() + "|" + typed.finding().subject());
                Insight insight = known == null ? new Insight() : known;
                fill(insight, business, kinds.get(typed.type()), typed, now);
                return known == null ? insights.add(insight).call(added -> Outbox.emit(added.tenantId, CREATED_TOPIC,
                        Outbox.payload("insightId", added.id, "businessId", business.id, "type", added.type,
                                "title", added.title, "titleWords", InsightTexts.titleWords(added.type, added.evidence),
                                "priority", added.priority), now)) : insights.flush(insight);
            }).collect().asList().replaceWithVoid();
            return writes.chain(() -> Multi.createFrom().iterable(existing)
                    .filter(i -> i.status == Status.NEW && !current.contains(i.type + "|" + i.subject))
                    .onItem().transformToUniAndConcatenate(insights::remove)
                    .collect().asList().replaceWithVoid());
        });
    }

    private static void fill(Insight insight, Business business, Kind kind, Typed typed, Instant now) {
        if (kind == null) {
            throw new IllegalStateException("Insight type " + typed.type() + " is not in table insight_type");
        }
        Finding f = typed.finding();
        int items = Math.max(1, f.items());
        if (insight.id == null) {
            insight.businessId = business.id;
            insight.type = typed.type();
            insight.subject = f.subject();
            insight.status = Status.NEW;
            insight.createdAt = now;
        }
        insight.title = f.title();
        insight.description = f.description();
        insight.priority = f.priority();
        insight.impactScore = kind.impactScore();
        insight.expectedImpact = kind.expectedImpact();
        insight.effortMinutes = kind.effortMinutes() * items;
        insight.costMinor = kind.costMinor() * items;
        insight.currency = business.budgetCurrency;
        insight.actionableToday = kind.actionableToday();
        insight.evidence = f.evidence();
        insight.updatedAt = now;
    }

    private Uni<List<InsightView>> ranked(UUID businessId, Status status) {
        String where = status == null ? "businessId = :b" : "businessId = :b and status = :s";
        Map<String, Object> params = status == null ? Map.of("b", businessId) : Map.of("b", businessId, "s", status);
        return insights.list(where, params, null).chain(found -> reader.current()
                .map(locale -> found.stream().sorted(RANKING).map(i -> InsightView.of(i, locale)).toList()));
    }
}
