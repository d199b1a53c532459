package com.verticallight.content;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/** How a content theme code reads inside a sentence, per language (all eight); reference data (V10, V69). */
@Entity
@Immutable
@Table(name = "content_theme")
public class ContentTheme {

    @Id
    public String code;

    @Convert(converter = ContentColumns.TextMap.class)
    public Map<String, String> labels;
}
