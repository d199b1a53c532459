package com.verticallight.execution.plan;

import com.verticallight.i18n.Text;
import com.verticallight.business.Business;
import com.verticallight.business.BusinessRepository;
import com.verticallight.execution.plan.DayPlanViews.DaySettingsRequest;
import com.verticallight.execution.plan.DayPlanViews.DaySettingsView;
import com.verticallight.execution.plan.DayPlanViews.PlanView;
import com.verticallight.execution.plan.DayPlanViews.RunQueued;
import com.verticallight.execution.plan.DayPlanViews.TaskView;
import com.verticallight.i18n.Formats;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.i18n.Words;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The owner's side of the daily plan: settings, today's plan and its live status, history, run now. */
@ApplicationScoped
public class DayPlanService {

    static final int MAX_HISTORY_DAYS = 92;

    @Inject
    BusinessRepository businesses;

    @Inject
    DaySettingRepository settings;

    @Inject
    DayPlanRepository plans;

    @Inject
    DayPlanWriter writer;

    @Inject
    DaySchedule schedule;

    @Inject
    Clock clock;

    @Inject
    ReaderLanguage reader;

    @WithSession
    public Uni<DaySettingsView> settings(UUID businessId) {
        return businesses.getById(businessId, "Business")
                .chain(business -> setting(businessId).chain(setting -> nextRun(business, setting)
                        .chain(next -> reader.current().map(locale -> settingsView(business, setting, next, locale)))));
    }

    /** Saves the settings and moves the next run accordingly, in one transaction. */
    @WithTransaction
    public Uni<DaySettingsView> saveSettings(UUID businessId, DaySettingsRequest request) {
        LocalTime runTime = request.runAt() == null || request.runAt().isBlank() ? null
                : RunTimeWords.parse(request.runAt()).orElseThrow(() -> ProblemException.invalid("runAt", Text.of("execution.timeDaySuchAs9")));
        return businesses.getById(businessId, "Business").chain(business -> setting(businessId).chain(found -> {
            DaySetting setting = found == null ? new DaySetting() : found;
            setting.businessId = businessId;
            setting.runTime = runTime;
            setting.paused = Boolean.TRUE.equals(request.paused());
            setting.photoUrls = request.photoUrls() == null ? List.of() : List.copyOf(request.photoUrls());
            setting.updatedAt = clock.instant();
            Uni<DaySetting> saved = found == null ? settings.add(setting) : settings.flush(setting);
            return saved.chain(s -> schedule.ensureNext(business, s)
                    .chain(job -> reader.current()
                            .map(locale -> settingsView(business, s, job == null ? null : job.runAt, locale))));
        }));
    }

    /** The plan of a local date (today in the business's zone by default), with each task's live status. */
    @WithSession
    public Uni<PlanView> plan(UUID businessId, LocalDate date) {
        return businesses.getById(businessId, "Business").chain(business -> {
            LocalDate day = date != null ? date : clock.instant().atZone(ZoneId.of(business.timeZone)).toLocalDate();
            return reader.current().chain(locale -> writer.find(businessId, day).chain(plan -> plan == null
                    ? setting(businessId).map(setting -> notStarted(business, setting, day, locale))
                    : writer.tasksOf(plan.id).map(tasks -> view(plan, tasks, business.language, locale))));
        });
    }

    /** The plans of a date range, newest first, without their tasks. */
    @WithSession
    public Uni<List<PlanView>> history(UUID businessId, LocalDate from, LocalDate to) {
        if (from != null && to != null && (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > MAX_HISTORY_DAYS)) {
            throw ProblemException.invalid("to", Text.of("execution.historyRange",
                    Map.of("days", MAX_HISTORY_DAYS)));
        }
        return businesses.getById(businessId, "Business").chain(business -> {
            LocalDate last = to != null ? to : clock.instant().atZone(ZoneId.of(business.timeZone)).toLocalDate();
            LocalDate first = from != null ? from : last.minusDays(13);
            return plans.list("businessId = :businessId and planDate between :from and :to",
                    Map.of("businessId", businessId, "from", first, "to", last), "planDate desc")
                    .chain(found -> reader.current().map(locale -> found.stream()
                            .map(plan -> view(plan, null, business.language, locale)).toList()));
        });
    }

    /** Queues a run of today's plan now: new tasks, and failed or blocked ones again. */
    @WithTransaction
    public Uni<RunQueued> runNow(UUID businessId) {
        return businesses.getById(businessId, "Business").chain(business -> {
            LocalDate today = clock.instant().atZone(ZoneId.of(business.timeZone)).toLocalDate();
            return schedule.runNow(businessId, today)
                    .map(job -> new RunQueued(businessId, today, job.id, job.status.name()));
        });
    }

    private Uni<DaySetting> setting(UUID businessId) {
        return settings.first("businessId = :businessId", Map.of("businessId", businessId));
    }

    private Uni<java.time.Instant> nextRun(Business business, DaySetting setting) {
        if (setting != null && setting.paused) {
            return Uni.createFrom().nullItem();
        }
        ZoneId zone = ZoneId.of(business.timeZone);
        LocalTime time = DaySlots.runTime(setting == null ? null : setting.runTime, business.categoryConfig);
        return Uni.createFrom().item(DaySlots.at(DaySlots.next(clock.instant(), time, zone), time, zone));
    }

    private static DaySettingsView settingsView(Business business, DaySetting setting, java.time.Instant next,
            Locale locale) {
        LocalTime time = DaySlots.runTime(setting == null ? null : setting.runTime, business.categoryConfig);
        boolean chosen = setting != null && setting.runTime != null;
        boolean paused = setting != null && setting.paused;
        Locale formats = Languages.forFormats(locale, null);
        String summary = paused ? Phrase.of("day.paused").in(locale)
                : Phrase.of("day.runsAt", "time", Formats.time(time, formats),
                        "zone", Formats.zoneName(ZoneId.of(business.timeZone), formats),
                        "source", chosen ? "owner" : "window").in(locale);
        return new DaySettingsView(business.id, time.toString(), chosen ? "OWNER" : "POSTING_WINDOW",
                business.timeZone, paused, setting == null || setting.photoUrls == null ? List.of() : setting.photoUrls,
                summary, next);
    }

    private PlanView notStarted(Business business, DaySetting setting, LocalDate day, Locale locale) {
        ZoneId zone = ZoneId.of(business.timeZone);
        LocalTime time = DaySlots.runTime(setting == null ? null : setting.runTime, business.categoryConfig);
        return new PlanView(business.id, day, "NOT_STARTED", null, business.timeZone, DaySlots.at(day, time, zone),
                null, null, setting != null && setting.paused ? Phrase.of("day.pausedNote").in(locale) : null, 0,
                Map.of(), List.of());
    }

    /**
     * A plan as its reader reads it: the service's words in the reader's language; a post's or reply's text stays in
     * the business's customers' language, and says so.
     */
    static PlanView view(DayPlan plan, List<DayPlanTask> tasks, String customerLanguage, Locale locale) {
        Map<String, Long> counts = tasks == null ? null : tasks.stream()
                .collect(Collectors.groupingBy(t -> t.status.name(), TreeMap::new, Collectors.counting()));
        return new PlanView(plan.businessId, plan.planDate, plan.status.name(), plan.trigger.name(), plan.timeZone,
                plan.scheduledFor, plan.startedAt, plan.finishedAt, DayNotes.note(plan.note, locale), plan.runs, counts,
                tasks == null ? null : tasks.stream().map(t -> taskView(t, customerLanguage, locale)).toList());
    }

    private static TaskView taskView(DayPlanTask t, String customerLanguage, Locale locale) {
        boolean ownWords = t.words != null && t.words.fields().containsKey("detail");
        return new TaskView(t.id, t.position, t.taskType, t.channel, t.connectionId, t.mode.name(), t.status.name(),
                Words.text(t.words, "title", locale, t.title), Words.text(t.words, "detail", locale, t.detail),
                t.detail == null || ownWords ? null : customerLanguage,
                Words.text(t.words, "trigger", locale, t.trigger), t.attempts, t.deliveryId, t.manualTaskId,
                Words.text(t.words, "error", locale, t.error), t.startedAt, t.finishedAt);
    }
}
