package com.verticallight.content.bot;

import com.verticallight.business.Business;
import com.verticallight.business.BusinessRepository;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.content.ContentGenerator;
import com.verticallight.content.FactCheck;
import com.verticallight.content.PostDraft;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Prepares a business's week: one post per connected posting platform and day, at the day's posting window, written
 * by the templates (texts not used on that platform in the previous eight weeks) or, when enabled, by the language
 * model with the templates as the fallback. Idempotent: a day and platform that has a post keeps it. Reads in one
 * session, calls the language model outside it, writes in one transaction.
 */
@ApplicationScoped
public class WeekGenerator {

    private static final Logger LOG = Logger.getLogger(WeekGenerator.class);
    static final List<ChannelKind> PLATFORMS = List.of(ChannelKind.FACEBOOK_PAGE, ChannelKind.INSTAGRAM,
            ChannelKind.GOOGLE_BUSINESS_PROFILE);
    static final int NO_REPEAT_DAYS = 56;

    @Inject
    BusinessRepository businesses;

    @Inject
    BotSettingRepository settings;

    @Inject
    OwnDateRepository ownDates;

    @Inject
    BotPostRepository posts;

    @Inject
    ConnectionService connections;

    @Inject
    TemplateWriter templates;

    @Inject
    LlmWriter llm;

    @Inject
    PublishSchedule publishing;

    @Inject
    Clock clock;

    /** One post still to write. */
    record Slot(UUID connectionId, ChannelKind platform, LocalDate date, Instant at, PostBrief brief, PostDraft template) {
    }

    record Written(Slot slot, PostDraft draft, BotPost.Writer writer) {
    }

    /** Prepares the week starting on monday (as the current tenant); returns the week's posts. */
    public Uni<List<BotPost>> generate(UUID businessId, LocalDate monday) {
        return Panache.withSession(() -> plan(businessId, monday))
                .chain(plan -> write(plan.slots(), plan.setting().llmEnabled)
                        .chain(written -> Panache.withTransaction(() -> store(plan, written))));
    }

    record Plan(Business business, BotSetting setting, LocalDate monday, List<Slot> slots) {
    }

    private Uni<Plan> plan(UUID businessId, LocalDate monday) {
        return businesses.getById(businessId, "Business").chain(business -> settings.of(businessId)
                .chain(setting -> connections.forBusiness(businessId).chain(found -> ownDates.list(
                                "businessId = :b and date between :from and :to", Map.of("b", businessId,
                                        "from", monday, "to", monday.plusDays(6 + 6)), "date")
                        .chain(dates -> posts.list("businessId = :b and slotDate >= :from and slotDate < :to",
                                Map.of("b", businessId, "from", monday.minusDays(NO_REPEAT_DAYS),
                                        "to", monday.plusDays(7)), "slotDate")
                                .chain(known -> templateDrafts(business, monday, posting(found),
                                        dates.stream().map(d -> new ContentGenerator.OwnDate(d.name, d.name, d.date))
                                                .toList(), known))
                                .map(slots -> new Plan(business, setting, monday, slots))))));
    }

    /** The first usable connection of each posting platform. */
    private static Map<ChannelKind, UUID> posting(List<ResolvedConnection> found) {
        Map<ChannelKind, UUID> byPlatform = new LinkedHashMap<>();
        PLATFORMS.forEach(p -> found.stream().filter(c -> c.kind() == p && c.status() != ConnectionStatus.NEEDS_REAUTH)
                .findFirst().ifPresent(c -> byPlatform.put(p, c.id())));
        return byPlatform;
    }

    /** Day by day, so a day's text is new against the days before it as well as the last eight weeks. */
    private Uni<List<Slot>> templateDrafts(Business business, LocalDate monday, Map<ChannelKind, UUID> platforms,
            List<ContentGenerator.OwnDate> dates, List<BotPost> known) {
        ZoneId zone = ZoneId.of(business.timeZone);
        Instant now = clock.instant();
        Map<ChannelKind, Set<String>> used = new HashMap<>();
        Set<String> taken = new HashSet<>();
        known.forEach(p -> {
            used.computeIfAbsent(p.platform, k -> new HashSet<>()).add(p.text);
            taken.add(p.platform + "/" + p.slotDate);
        });
        List<Slot> wanted = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            Instant at = WeekSlots.slot(date, business.categoryConfig, zone);
            platforms.forEach((platform, connectionId) -> {
                if (at.isAfter(now) && !taken.contains(platform + "/" + date)) {
                    wanted.add(new Slot(connectionId, platform, date, at, null, null));
                }
            });
        }
        return Multi.createFrom().iterable(wanted)
                .onItem().transformToUniAndConcatenate(slot -> {
                    Set<String> avoid = used.computeIfAbsent(slot.platform(), k -> new HashSet<>());
                    PostBrief brief = new PostBrief(business, slot.platform(), slot.date(), dates, Set.copyOf(avoid), null);
                    return templates.write(brief).map(draft -> {
                        avoid.add(draft.text());
                        return new Slot(slot.connectionId(), slot.platform(), slot.date(), slot.at(), brief, draft);
                    });
                })
                .collect().asList();
    }

    /** The language model's texts where enabled, a few at a time; the template's text when it fails. */
    private Uni<List<Written>> write(List<Slot> slots, boolean llmEnabled) {
        if (!llmEnabled || !llm.configured() || slots.isEmpty()) {
            return Uni.createFrom().item(slots.stream()
                    .map(s -> new Written(s, s.template(), BotPost.Writer.TEMPLATE)).toList());
        }
        return Multi.createFrom().iterable(slots)
                .onItem().transformToUni(slot -> llm.write(slot.brief().withBasis(slot.template()))
                        .map(draft -> new Written(slot, draft, BotPost.Writer.LLM))
                        .onFailure().recoverWithItem(failure -> {
                            LOG.infof("Template text for %s on %s: %s", slot.platform(), slot.date(),
                                    failure.getMessage());
                            return new Written(slot, slot.template(), BotPost.Writer.TEMPLATE);
                        }))
                .merge(Math.max(1, llm.concurrency()))
                .collect().asList();
    }

    private Uni<List<BotPost>> store(Plan plan, List<Written> written) {
        Business business = plan.business();
        return Multi.createFrom().iterable(written)
                .onItem().transformToUniAndConcatenate(w -> posts.first(
                                "businessId = :b and platform = :p and slotDate = :d",
                                Map.of("b", business.id, "p", w.slot().platform(), "d", w.slot().date()))
                        .chain(existing -> existing != null ? Uni.createFrom().item(existing)
                                : posts.add(post(business, w)).chain(p -> autoApprove(plan.setting(), p))))
                .collect().asList()
                .chain(() -> posts.list("businessId = :b and isoWeek = :w", Map.of("b", business.id,
                        "w", WeekSlots.isoWeek(plan.monday())), "slotDate, platform"));
    }

    /**
     * With autoPublish, a post the platform would take is approved at once; others wait in the queue, and so does a
     * post that mentions a price, discount or offer the business has not set.
     */
    private Uni<BotPost> autoApprove(BotSetting setting, BotPost post) {
        if (!setting.autoPublish || post.needsReview != null
                || !PostRules.approvalErrors(post.platform, post.text, post.imageUrl).isEmpty()) {
            return Uni.createFrom().item(post);
        }
        return publishing.approve(post).chain(posts::flush);
    }

    /** What the business itself says: its name and its own dates (e.g. "Anniversary sale: 20% off"). */
    private static List<String> facts(Business business, PostBrief brief) {
        List<String> facts = new ArrayList<>();
        facts.add(business.name);
        if (brief != null) {
            brief.ownDates().forEach(d -> facts.add(d.name()));
        }
        return facts;
    }

    private BotPost post(Business business, Written w) {
        Instant now = clock.instant();
        BotPost post = new BotPost();
        post.businessId = business.id;
        post.connectionId = w.slot().connectionId();
        post.platform = w.slot().platform();
        post.isoWeek = WeekSlots.isoWeek(w.slot().date());
        post.slotDate = w.slot().date();
        post.scheduledAt = w.slot().at();
        post.status = PostStatus.DRAFT;
        post.text = w.draft().text();
        post.theme = w.draft().theme();
        post.festival = w.draft().festival();
        post.language = w.draft().language();
        post.writer = w.writer();
        post.needsReview = FactCheck.needsReview(post.text, facts(business, w.slot().brief()));
        if (post.platform == ChannelKind.GOOGLE_BUSINESS_PROFILE) {
            boolean website = business.website != null && !business.website.isBlank();
            post.callToAction = website ? "LEARN_MORE" : "CALL";
            post.link = website ? business.website : null;
        }
        post.createdAt = now;
        post.updatedAt = now;
        return post;
    }
}
