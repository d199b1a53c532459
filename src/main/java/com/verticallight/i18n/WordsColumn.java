package com.verticallight.i18n;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;

/** {@link Words} kept as JSON text in one column. */
@Converter
public class WordsColumn extends JsonColumn<Words> {

    public WordsColumn() {
        super(new TypeReference<>() {
        });
    }
}
