package com.verticallight.execution.plan;

import com.verticallight.business.Business;
import com.verticallight.content.Festival;
import com.verticallight.content.FestivalCalendar;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.Priority;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Work that can never be automated, suggested from the business's data; each suggestion says which data
 * triggered it. A suggestion is made once per reference (a festival, a half year), even if dismissed.
 */
@ApplicationScoped
public class SuggestionContributor implements PlanContributor {

    /** A community event needs 3 to 8 weeks of preparation. */
    static final int EVENT_FROM_DAYS = 21;
    static final int EVENT_TO_DAYS = 56;

    @Inject
    FestivalCalendar festivals;

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Uni<List<PlannedTask>> plan(DayContext day) {
        Business business = day.business();
        LocalDate date = day.date();
        return festivals.between(business.country, date.plusDays(EVENT_FROM_DAYS), date.plusDays(EVENT_TO_DAYS))
                .map(found -> {
                    List<PlannedTask> tasks = new ArrayList<>();
                    if (!found.isEmpty()) {
                        tasks.add(communityEvent(business, date, found.get(0)));
                    }
                    if (business.monthlyRevenueMinor != null && business.monthlyRevenueMinor > 0) {
                        tasks.add(supplierReview(business, date));
                    }
                    return tasks;
                });
    }

    static PlannedTask communityEvent(Business business, LocalDate date, Festival festival) {
        long days = ChronoUnit.DAYS.between(date, festival.date());
        String trigger = festival.name() + " is on " + festival.date() + ", " + days + " days away, in "
                + business.city + " (festival calendar for " + festival.country() + ")";
        String title = "Plan a stall or offer for " + festival.name() + " in " + business.city;
        return PlannedTask.manual("suggest:event:" + festival.key(), "manual:local-community-event", null, title,
                "Local events around " + festival.name() + " bring many nearby customers at once; booking a stall "
                        + "or partnering with an organiser takes a few weeks.", trigger,
                new HandOff("local-community-event", title, "Festivals bring local crowds: " + trigger + ".",
                        Priority.MEDIUM, trigger, "festival:" + festival.key() + ":" + festival.date()));
    }

    static PlannedTask supplierReview(Business business, LocalDate date) {
        String half = date.getYear() + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
        String revenue = (business.budgetCurrency == null ? "" : business.budgetCurrency + " ")
                + business.monthlyRevenueMinor / 100;
        String trigger = "Monthly revenue of " + revenue + " in the business profile; supplier terms are worth "
                + "reviewing every six months (" + half + ")";
        return PlannedTask.manual("suggest:supplier:" + half, "manual:supplier-negotiation", null,
                "Review your supplier terms", "A few percent off regular purchases goes straight to profit.", trigger,
                new HandOff("supplier-negotiation", "Review your supplier terms",
                        "Buying is a large share of a business with " + revenue + " a month in revenue; a price or "
                                + "credit-period change with your main supplier helps cash flow every month.",
                        Priority.LOW, trigger, "supplier:" + half));
    }
}
