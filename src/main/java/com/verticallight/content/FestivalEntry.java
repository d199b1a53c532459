package com.verticallight.content;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/** One row of the festival calendar; shared reference data maintained as data (see V10__content.sql). */
@Entity
@Immutable
@Table(name = "festival")
public class FestivalEntry {

    @Id
    public Long id;

    public String key;

    public String name;

    /** Language (primary subtag) to the festival's name in that language. */
    @Convert(converter = ContentColumns.TextMap.class)
    @Column(name = "local_names")
    public Map<String, String> localNames;

    @Column(name = "date")
    public LocalDate date;

    public String country;

    @Convert(converter = ContentColumns.TextList.class)
    public List<String> themes;

    public String notes;

    static FestivalEntry of(String key, String name, LocalDate date, String country, List<String> themes,
            Map<String, String> localNames) {
        FestivalEntry entry = new FestivalEntry();
        entry.key = key;
        entry.name = name;
        entry.date = date;
        entry.country = country;
        entry.themes = themes;
        entry.localNames = localNames;
        return entry;
    }

    /** The name in the language, or the default (English) name. */
    String nameIn(String language) {
        String local = localNames == null ? null : localNames.get(language);
        return local == null || local.isBlank() ? name : local;
    }

    Festival toFestival() {
        return new Festival(key, name, date, country, themes == null ? List.of() : List.copyOf(themes));
    }
}
