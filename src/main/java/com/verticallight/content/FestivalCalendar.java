package com.verticallight.content;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The festival calendar: festivals and national days per country, kept as data in the festival table. */
@ApplicationScoped
public class FestivalCalendar {

    /** Festivals for the country (ISO 3166 alpha-2 like "IN") with date in [from, to], ordered by date. Inside a session. */
    public Uni<List<Festival>> between(String country, LocalDate from, LocalDate to) {
        return entries(country, from, to).map(all -> all.stream().map(FestivalEntry::toFestival).toList());
    }

    /** The rows themselves, with local names and notes; empty for a missing country or an empty range. */
    Uni<List<FestivalEntry>> entries(String country, LocalDate from, LocalDate to) {
        if (country == null || country.isBlank() || from == null || to == null || from.isAfter(to)) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from FestivalEntry f where f.country = :country and f.date between :first and :last"
                                + " order by f.date, f.key", FestivalEntry.class)
                .setParameter("country", country.trim().toUpperCase(Locale.ROOT))
                .setParameter("first", from)
                .setParameter("last", to)
                .getResultList());
    }
}
