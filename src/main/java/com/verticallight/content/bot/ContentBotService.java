package com.verticallight.content.bot;

import com.verticallight.i18n.Text;
import com.verticallight.business.Business;
import com.verticallight.business.BusinessRepository;
import com.verticallight.content.bot.BotViews.OwnDateRequest;
import com.verticallight.content.bot.BotViews.OwnDateView;
import com.verticallight.content.bot.BotViews.PostEdit;
import com.verticallight.content.bot.BotViews.PostView;
import com.verticallight.content.bot.BotViews.Reschedule;
import com.verticallight.content.bot.BotViews.SettingsRequest;
import com.verticallight.content.bot.BotViews.SettingsView;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The content bot's API: weeks, the approval queue, settings and the business's own dates. */
@ApplicationScoped
public class ContentBotService {

    /** How far ahead a week may be prepared. */
    static final int MAX_WEEKS_AHEAD = 12;

    @Inject
    BusinessRepository businesses;

    @Inject
    BotPostRepository posts;

    @Inject
    BotSettingRepository settings;

    @Inject
    OwnDateRepository ownDates;

    @Inject
    WeekGenerator generator;

    @Inject
    WeekSchedule weeks;

    @Inject
    PublishSchedule publishing;

    @Inject
    LlmWriter llm;

    @Inject
    Clock clock;

    /** Prepares the week now (what is there stays); the week must be the current one or at most 12 ahead. */
    public Uni<List<PostView>> generate(UUID businessId, String isoWeek) {
        LocalDate monday = WeekSlots.monday(isoWeek);
        return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> businesses.getById(businessId, "Business")).chain(business -> {
            LocalDate thisMonday = LocalDate.now(clock.withZone(zone(business)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (monday.isBefore(thisMonday) || monday.isAfter(thisMonday.plusWeeks(MAX_WEEKS_AHEAD))) {
                throw ProblemException.invalid("isoWeek", Text.of("content.weekAhead",
                        Map.of("weeks", MAX_WEEKS_AHEAD)));
            }
            return generator.generate(businessId, monday)
                    .map(found -> found.stream().map(p -> PostView.of(p, zone(business))).toList());
        });
    }

    @WithSession
    public Uni<List<PostView>> week(UUID businessId, String isoWeek, PostStatus status) {
        String week = WeekSlots.isoWeek(WeekSlots.monday(isoWeek));
        Map<String, Object> params = new HashMap<>(Map.of("b", businessId, "w", week));
        String where = "businessId = :b and isoWeek = :w";
        if (status != null) {
            where += " and status = :s";
            params.put("s", status);
        }
        String query = where;
        return businesses.getById(businessId, "Business").chain(business -> posts.list(query, params,
                        "slotDate, platform")
                .map(found -> found.stream().map(p -> PostView.of(p, zone(business))).toList()));
    }

    @WithSession
    public Uni<PostView> get(UUID postId) {
        return withPost(postId, (post, business) -> Uni.createFrom().item(post));
    }

    @WithTransaction
    public Uni<PostView> approve(UUID postId) {
        return withPost(postId, (post, business) -> {
            requireOpen(post);
            return publishing.approve(post).chain(posts::flush);
        });
    }

    @WithTransaction
    public Uni<PostView> reject(UUID postId) {
        return withPost(postId, (post, business) -> {
            requireOpen(post);
            post.status = PostStatus.REJECTED;
            post.updatedAt = clock.instant();
            return publishing.cancel(post.id).chain(() -> posts.flush(post));
        });
    }

    @WithTransaction
    public Uni<PostView> edit(UUID postId, PostEdit edit) {
        return withPost(postId, (post, business) -> {
            requireOpen(post);
            if (edit.imageUrl() != null && !edit.imageUrl().isBlank() && !PostRules.validImageUrl(edit.imageUrl())) {
                throw ProblemException.invalid("imageUrl", Text.of("content.publicHttpSURLImage"));
            }
            String text = edit.text() == null ? post.text : edit.text().strip();
            var errors = PostRules.textErrors(post.platform, text);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            if (!text.equals(post.text)) {
                post.needsReview = null; // the owner's own words are the business's facts
            }
            post.text = text;
            if (edit.imageUrl() != null) {
                post.imageUrl = edit.imageUrl().isBlank() ? null : edit.imageUrl().trim();
            }
            if (post.status == PostStatus.SCHEDULED && !PostRules.approvalErrors(post.platform, post.text,
                    post.imageUrl).isEmpty()) {
                throw ProblemException.invalid("imageUrl", Text.of("content.approvedInstagramPostKeepsImage"));
            }
            post.updatedAt = clock.instant();
            return posts.flush(post);
        });
    }

    @WithTransaction
    public Uni<PostView> reschedule(UUID postId, Reschedule request) {
        return withPost(postId, (post, business) -> {
            requireOpen(post);
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(request.at().trim());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("at", Text.of("content.localDateTimeSuchAs"));
            }
            if (!WeekSlots.inWindow(local, business.categoryConfig)) {
                throw ProblemException.invalid("at", Text.of("content.inPostingWindow",
                        Map.of("windows", WeekSlots.windows(business.categoryConfig).stream()
                                .map(w -> w.name() + " " + w.start() + "-" + w.end()).toList().toString())));
            }
            var at = local.atZone(zone(business)).toInstant();
            if (!at.isAfter(clock.instant())) {
                throw ProblemException.invalid("at", Text.of("field.future"));
            }
            post.scheduledAt = at;
            post.updatedAt = clock.instant();
            return post.status == PostStatus.SCHEDULED ? publishing.schedule(post).chain(posts::flush)
                    : posts.flush(post);
        });
    }

    @WithSession
    public Uni<SettingsView> settings(UUID businessId) {
        return businesses.getById(businessId, "Business").chain(business -> settings.of(businessId)).map(this::view);
    }

    /** Saves the settings; switching weekly content on places next week's job, off cancels it. */
    @WithTransaction
    public Uni<SettingsView> saveSettings(UUID businessId, SettingsRequest request) {
        return businesses.getById(businessId, "Business").chain(business -> settings.of(businessId).chain(s -> {
            if (request.weeklyContent() != null) {
                s.weeklyContent = request.weeklyContent();
            }
            if (request.autoPublish() != null) {
                s.autoPublish = request.autoPublish();
            }
            if (request.llmEnabled() != null) {
                s.llmEnabled = request.llmEnabled();
            }
            s.updatedAt = clock.instant();
            Uni<BotSetting> saved = s.id == null ? settings.add(s) : settings.flush(s);
            return saved.call(done -> done.weeklyContent ? weeks.ensureNext(business) : weeks.stop(businessId));
        })).map(this::view);
    }

    @WithSession
    public Uni<List<OwnDateView>> ownDates(UUID businessId) {
        return businesses.getById(businessId, "Business").chain(business -> ownDates.list("businessId = :b",
                Map.of("b", businessId), "date")).map(found -> found.stream().map(OwnDateView::of).toList());
    }

    @WithTransaction
    public Uni<OwnDateView> addOwnDate(UUID businessId, OwnDateRequest request) {
        return businesses.getById(businessId, "Business").chain(business -> {
            OwnDate date = new OwnDate();
            date.businessId = businessId;
            date.name = request.name().strip();
            date.date = request.date();
            date.createdAt = clock.instant();
            return ownDates.add(date);
        }).map(OwnDateView::of);
    }

    @WithTransaction
    public Uni<Void> removeOwnDate(UUID dateId) {
        return ownDates.getById(dateId, "Date").chain(ownDates::remove);
    }

    private SettingsView view(BotSetting s) {
        return new SettingsView(s.businessId, s.weeklyContent, s.autoPublish, s.llmEnabled, llm.configured());
    }

    private Uni<PostView> withPost(UUID postId, java.util.function.BiFunction<BotPost, Business, Uni<BotPost>> work) {
        return posts.getById(postId, "Post").chain(post -> businesses.getById(post.businessId, "Business")
                .chain(business -> work.apply(post, business).map(p -> PostView.of(p, zone(business)))));
    }

    private static void requireOpen(BotPost post) {
        if (!post.status.open()) {
            throw ProblemException.conflict(Text.of("content.postClosed", Map.of("status", post.status.name())));
        }
    }

    private static ZoneId zone(Business business) {
        return ZoneId.of(business.timeZone);
    }

}
