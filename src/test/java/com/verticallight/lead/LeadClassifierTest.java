package com.verticallight.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadClassifierTest {

    private static final LeadRule BOOKING = new LeadRule("booking", null, List.of("book", "बुक"), null, null, null,
            LeadPriority.HIGH, "Wants to book");
    private static final LeadRule NIGHT = new LeadRule("after_hours", null, null, 21, 8, null, LeadPriority.LOW,
            "After hours");
    private static final LeadRule FACEBOOK = new LeadRule("facebook_ad", LeadSource.FACEBOOK, null, null, null, null,
            LeadPriority.MEDIUM, "Facebook");
    private static final LeadRule BIG = new LeadRule("big", null, null, null, null, 500_000L, LeadPriority.HIGH, "Big");
    private static final List<LeadRule> RULES = List.of(BOOKING, NIGHT, FACEBOOK, BIG);

    private static LeadClassifier.Classification classify(LeadSource source, String message, String time, Long value) {
        return LeadClassifier.classify(RULES, new LeadRule.Facts(source, message, LocalTime.parse(time), value));
    }

    @Test
    void theMostUrgentMatchingRuleSetsThePriorityAndEveryMatchIsListed() {
        var c = classify(LeadSource.API, "Can I BOOK for 10pm?", "22:30", null);
        assertThat(c.priority()).isEqualTo(LeadPriority.HIGH);
        assertThat(c.labels()).containsExactly("booking", "after_hours");
        assertThat(c.matches()).extracting(RuleMatch::reason).containsExactly("Wants to book", "After hours");
    }

    @Test
    void hoursWrapMidnightAndEndExclusive() {
        assertThat(classify(LeadSource.API, "hi", "07:59", null).labels()).containsExactly("after_hours");
        assertThat(classify(LeadSource.API, "hi", "08:00", null).labels()).isEmpty();
        assertThat(classify(LeadSource.API, "hi", "21:00", null).labels()).containsExactly("after_hours");
    }

    @Test
    void sourceValueAndHindiKeywordsMatch() {
        assertThat(classify(LeadSource.FACEBOOK, "hi", "12:00", null).labels()).containsExactly("facebook_ad");
        assertThat(classify(LeadSource.API, "hi", "12:00", 500_000L).labels()).containsExactly("big");
        assertThat(classify(LeadSource.API, "hi", "12:00", 499_999L).labels()).isEmpty();
        assertThat(classify(LeadSource.API, "कल बुक करना है", "12:00", null).labels()).containsExactly("booking");
    }

    @Test
    void noMatchIsMediumWithTheReasonSaid() {
        var c = classify(LeadSource.API, null, "12:00", null);
        assertThat(c.priority()).isEqualTo(LeadPriority.MEDIUM);
        assertThat(c.matches()).extracting(RuleMatch::reason).containsExactly(LeadClassifier.NO_RULE);
    }
}
