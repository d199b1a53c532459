package com.verticallight.execution.plan;

import com.verticallight.business.BusinessRepository;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.review.GoogleReviews;
import com.verticallight.review.PlatformReview;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs a business's day: reads what the plan needs from the platforms, builds and stores the plan, executes its
 * automated tasks through the gateway concurrently, and writes the results. Platform calls happen outside any
 * database session; each write step is one transaction. Runs as the business's tenant.
 */
@ApplicationScoped
public class DayPlanRunner {

    private static final Logger LOG = Logger.getLogger(DayPlanRunner.class);

    @Inject
    BusinessRepository businesses;

    @Inject
    DaySettingRepository settings;

    @Inject
    ConnectionService connections;

    @Inject
    ChannelGateway gateway;

    @Inject
    DayPlanWriter writer;

    @Inject
    DaySchedule schedule;

    @Inject
    Clock clock;

    public Uni<Void> run(DayRunPayload payload) {
        return Panache.withSession(() -> load(payload.businessId()))
                .chain(day -> day == null ? Uni.createFrom().voidItem() : run(day, payload));
    }

    private Uni<DayRun> load(UUID businessId) {
        return businesses.findById(businessId).chain(business -> business == null ? Uni.createFrom().nullItem()
                : settings.first("businessId = :businessId", Map.of("businessId", businessId))
                        .chain(setting -> connections.forBusiness(businessId)
                                .map(found -> new DayRun(business, setting, found))));
    }

    private Uni<Void> run(DayRun day, DayRunPayload payload) {
        Instant now = clock.instant();
        LocalDate date = payload.date();
        if (!payload.runNow()) {
            LocalDate latest = DaySlots.latestDue(now, day.runTime(), day.zone());
            if (date.isBefore(latest)) {
                return Panache.withTransaction(() -> writer.skip(day, date, DayNotes.missed(latest))
                        .chain(() -> schedule.catchUp(day.business().id, latest))).replaceWithVoid();
            }
            if (day.paused()) {
                return Panache.withTransaction(() -> writer.skip(day, date, DayNotes.PAUSED)
                        .chain(() -> schedule.ensureNext(day.business(), day.setting()))).replaceWithVoid();
            }
        }
        return Panache.withSession(() -> writer.alreadyRan(day.business().id, date)).chain(ran -> {
            if (ran && !payload.runNow()) {
                return Panache.withTransaction(() -> schedule.ensureNext(day.business(), day.setting()))
                        .replaceWithVoid();
            }
            return readReviews(day)
                    .chain(reviews -> Panache.withTransaction(() -> writer.prepare(day, date, payload.runNow(), reviews)))
                    .chain(prepared -> execute(prepared)
                            .chain(outcomes -> Panache.withTransaction(() -> writer.finish(prepared, outcomes)
                                    .chain(() -> payload.runNow() ? Uni.createFrom().voidItem()
                                            : schedule.ensureNext(day.business(), day.setting()).replaceWithVoid()))));
        });
    }

    /** Lists the reviews of each Google Business Profile that accepts our access; a failed read plans no replies. */
    private Uni<Map<ResolvedConnection, List<PlatformReview>>> readReviews(DayRun day) {
        List<ResolvedConnection> readable = day.connections().stream()
                .filter(c -> c.kind() == ChannelKind.GOOGLE_BUSINESS_PROFILE && c.status() != ConnectionStatus.NEEDS_REAUTH)
                .toList();
        OutboundAction list = new OutboundAction(OutboundAction.ActionType.LIST_REVIEWS, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        return Multi.createFrom().iterable(readable)
                .onItem().transformToUniAndMerge(c -> gateway.read(c.id(), list)
                        .map(result -> Map.entry(c, GoogleReviews.parse(result.body())))
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf("Could not read the reviews of connection %s: %s", c.id(), failure.getMessage());
                            return Map.entry(c, List.<PlatformReview>of());
                        }))
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Uni<List<ActionOutcome>> execute(DayPlanWriter.Prepared prepared) {
        List<ActionCommand> commands = prepared.commands();
        return commands.isEmpty() ? Uni.createFrom().item(List.of()) : gateway.executeAll(commands);
    }
}
