package com.verticallight.notification;

import static com.verticallight.notification.Category.*;
import static com.verticallight.notification.Channel.EMAIL;
import static com.verticallight.notification.Channel.PUSH;

import com.verticallight.notification.Preferences.CategoryChoice;
import com.verticallight.notification.Preferences.QuietHours;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Preferences of a person who never changed them, by role: owners hear of everything (push for what needs them
 * soon, email for security and billing, a digest for the reading matter); admins the same but billing and
 * security; staff the daily work; viewers the plan and insights. Quiet hours 22:00 to 07:00.
 */
final class RoleDefaults {

    private static final Set<Category> DIGESTED = Set.of(INSIGHT, PLAN, MODEL, WORKFLOW);
    private static final Set<Category> PUSHED = Set.of(LEAD, REVIEW, APPROVAL, DELIVERY, TASK, ANOMALY, SECURITY);

    private RoleDefaults() {
    }

    static Preferences of(String role) {
        Set<Category> enabled = switch (role == null ? "" : role) {
            case "OWNER" -> Set.of(Category.values());
            case "ADMIN" -> Set.of(LEAD, REVIEW, TASK, APPROVAL, DELIVERY, PLAN, INSIGHT, ANOMALY, MODEL, WORKFLOW, SYSTEM);
            case "STAFF" -> Set.of(LEAD, REVIEW, TASK, APPROVAL, PLAN);
            default -> Set.of(PLAN, INSIGHT);
        };
        List<CategoryChoice> choices = Arrays.stream(Category.values()).map(category -> new CategoryChoice(category,
                enabled.contains(category), channels(category, role), DIGESTED.contains(category))).toList();
        return new Preferences(choices, new QuietHours(true, "22:00", "07:00"), null, "08:00", null, null);
    }

    private static List<Channel> channels(Category category, String role) {
        if ("VIEWER".equals(role)) {
            return List.of();
        }
        if (category == SECURITY || category == BILLING) {
            return List.of(EMAIL, PUSH);
        }
        return PUSHED.contains(category) ? List.of(PUSH) : List.of(EMAIL);
    }
}
