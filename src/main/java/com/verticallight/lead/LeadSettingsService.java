package com.verticallight.lead;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.lead.LeadViews.FollowUpsView;
import com.verticallight.lead.LeadViews.RulesView;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A business's lead rules and follow-up sequence: its own once edited, the defaults until then. */
@ApplicationScoped
public class LeadSettingsService {

    @Inject
    LeadSettingsRepository settings;

    @Inject
    LeadDefaults defaults;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    @WithSession
    public Uni<RulesView> rules(UUID businessId) {
        return businesses.get(businessId).chain(b -> own(businessId)).chain(own -> own == null || own.rules == null
                ? defaults.rules().map(rules -> new RulesView(rules, true))
                : Uni.createFrom().item(new RulesView(own.rules, false)));
    }

    @WithTransaction
    public Uni<RulesView> replaceRules(UUID businessId, List<LeadRule> rules) {
        requireHourPairs(rules);
        return businesses.get(businessId).chain(b -> ownOrNew(businessId)).chain(row -> {
            row.rules = List.copyOf(rules);
            return save(row);
        }).map(row -> new RulesView(row.rules, false));
    }

    @WithSession
    public Uni<FollowUpsView> followUps(UUID businessId) {
        return businesses.get(businessId).chain(b -> own(businessId)).chain(own -> own == null || own.followUps == null
                ? defaults.followUps().map(steps -> new FollowUpsView(steps, true))
                : Uni.createFrom().item(new FollowUpsView(own.followUps, false)));
    }

    @WithTransaction
    public Uni<FollowUpsView> replaceFollowUps(UUID businessId, List<FollowUpStep> steps) {
        requireMessageChannels(steps);
        return businesses.get(businessId).chain(b -> ownOrNew(businessId)).chain(row -> {
            row.followUps = List.copyOf(steps);
            return save(row);
        }).map(row -> new FollowUpsView(row.followUps, false));
    }

    private Uni<LeadSettings> own(UUID businessId) {
        return settings.first("businessId = :businessId", Map.of("businessId", businessId));
    }

    private Uni<LeadSettings> ownOrNew(UUID businessId) {
        return own(businessId).map(found -> {
            if (found != null) {
                return found;
            }
            LeadSettings fresh = new LeadSettings();
            fresh.businessId = businessId;
            return fresh;
        });
    }

    private Uni<LeadSettings> save(LeadSettings row) {
        row.updatedAt = clock.instant();
        return row.id == null ? settings.add(row) : settings.flush(row);
    }

    private static void requireHourPairs(List<LeadRule> rules) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            LeadRule rule = rules.get(i);
            if ((rule.fromHour() == null) != (rule.toHour() == null)) {
                errors.add(FieldError.of("rules[" + i + "].toHour", Text.of("lead.fromhourToHourGoTogether")));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void requireMessageChannels(List<FollowUpStep> steps) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).channel() != null && !LeadMessages.PREFERENCE.contains(steps.get(i).channel())) {
                errors.add(FieldError.of("steps[" + i + "].channel", Text.of("error.oneOf", Map.of("values", LeadMessages.PREFERENCE.toString()))));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
