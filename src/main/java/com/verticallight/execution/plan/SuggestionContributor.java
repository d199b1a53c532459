package com.verticallight.execution.plan;

import com.verticallight.business.Business;
import com.verticallight.content.Festival;
import com.verticallight.content.FestivalCalendar;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Money;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        Object name = festivalName(festival);
        String city = business.city == null ? "" : business.city;
        Phrase trigger = Phrase.of("plan.event.trigger", "festival", name, "day", festival.date(), "days", days,
                "city", city, "country", Map.of("country", festival.country()));
        Phrase title = Phrase.of("plan.event.title", "festival", name, "city", city);
        Words words = Words.of("title", title, "detail", Phrase.of("plan.event.detail", "festival", name),
                "trigger", trigger);
        HandOff handOff = new HandOff("local-community-event", null, null, Priority.MEDIUM, null,
                "festival:" + festival.key() + ":" + festival.date())
                .withWords(Words.of("title", title, "reason", Phrase.of("plan.event.reason", "festival", name,
                        "day", festival.date(), "days", days, "city", city), "trigger", trigger));
        return PlannedTask.manual("suggest:event:" + festival.key(), "manual:local-community-event", null, null,
                null, null, handOff).withWords(words);
    }

    /** The festival's name as a catalogue phrase when the catalogue knows it, else as the calendar writes it. */
    static Object festivalName(Festival festival) {
        String key = "festival." + festival.key();
        return Catalogue.owner().has(key) ? Phrase.of(key) : festival.name();
    }

    static PlannedTask supplierReview(Business business, LocalDate date) {
        int halfYear = date.getMonthValue() <= 6 ? 1 : 2;
        String half = date.getYear() + "-H" + halfYear;
        Object revenue = business.budgetCurrency == null ? business.monthlyRevenueMinor / 100
                : new Money(business.monthlyRevenueMinor, business.budgetCurrency);
        Phrase title = Phrase.of("plan.supplier.title");
        Phrase trigger = Phrase.of("plan.supplier.trigger", "revenue", revenue, "half", halfYear, "year",
                date.getYear());
        HandOff handOff = new HandOff("supplier-negotiation", null, null, Priority.LOW, null, "supplier:" + half)
                .withWords(Words.of("title", title, "reason", Phrase.of("plan.supplier.reason", "revenue", revenue),
                        "trigger", trigger));
        return PlannedTask.manual("suggest:supplier:" + half, "manual:supplier-negotiation", null, null, null, null,
                handOff).withWords(Words.of("title", title, "detail", Phrase.of("plan.supplier.detail"),
                        "trigger", trigger));
    }
}
