package com.verticallight.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A text of the built-in generator with placeholders such as {business}; reference data (V10, V15, V69). */
@Entity
@Immutable
@Table(name = "content_template")
public class ContentTemplate {

    static final String ANY_CATEGORY = "*";

    @Id
    public String id;

    /** A business category code (salon, restaurant...) or {@code *} for any. */
    public String category;

    /** Primary language subtag of one of the eight languages: en, hi, es, fr, de, ja, zh (Simplified Chinese), ar. */
    public String language;

    /** post, festival_post, review_reply or offer_hint. */
    public String kind;

    /** For review replies: only for this many stars; null for 4 or 5. */
    public Integer stars;

    public String text;

    static ContentTemplate of(String id, String category, String language, String kind, Integer stars, String text) {
        ContentTemplate template = new ContentTemplate();
        template.id = id;
        template.category = category;
        template.language = language;
        template.kind = kind;
        template.stars = stars;
        template.text = text;
        return template;
    }
}
