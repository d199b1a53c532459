package com.verticallight.business;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem.FieldError;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Opening periods must open before they close and must not overlap on the same day. */
final class OperatingHoursRules {

    private OperatingHoursRules() {
    }

    static List<FieldError> check(Map<DayOfWeek, List<OpeningPeriod>> hours) {
        List<FieldError> errors = new ArrayList<>();
        if (hours == null) {
            return errors;
        }
        hours.forEach((day, periods) -> {
            if (periods == null) {
                return;
            }
            for (int i = 0; i < periods.size(); i++) {
                OpeningPeriod period = periods.get(i);
                if (period != null && period.opens() != null && period.closes() != null
                        && !period.opens().isBefore(period.closes())) {
                    errors.add(FieldError.of("operatingHours." + day + "[" + i + "]", Text.of("business.opensBeforeCloses")));
                }
            }
            if (overlaps(periods)) {
                errors.add(FieldError.of("operatingHours." + day, Text.of("business.openingPeriodsNotOverlap")));
            }
        });
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static boolean overlaps(List<OpeningPeriod> periods) {
        List<OpeningPeriod> sorted = periods.stream()
                .filter(p -> p != null && p.opens() != null && p.closes() != null)
                .sorted(Comparator.comparing(OpeningPeriod::opens))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                return true;
            }
        }
        return false;
    }

    static List<FieldError> checkWindows(String field, List<PostingWindow> windows) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            PostingWindow window = windows.get(i);
            if (window != null && window.start() != null && window.end() != null
                    && !window.start().isBefore(window.end())) {
                errors.add(FieldError.of(field + "[" + i + "]", Text.of("business.startBeforeEnd")));
            }
        }
        return errors;
    }
}
