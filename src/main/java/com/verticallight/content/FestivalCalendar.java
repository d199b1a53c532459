package com.verticallight.content;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** TEMPORARY stand-in until the content branch lands (replaced on merge). */
@ApplicationScoped
public class FestivalCalendar {

    public Uni<List<Festival>> between(String country, LocalDate from, LocalDate to) {
        return Uni.createFrom().item(List.of());
    }
}
