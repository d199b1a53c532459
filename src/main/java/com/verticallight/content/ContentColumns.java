package com.verticallight.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;

/** JSON text columns of the content reference tables. */
final class ContentColumns {

    private ContentColumns() {
    }

    /** A JSON array of texts. */
    @Converter
    public static class TextList extends JsonColumn<List<String>> {

        public TextList() {
            super(new TypeReference<>() {
            });
        }
    }

    /** A JSON object of texts by key (e.g. by language). */
    @Converter
    public static class TextMap extends JsonColumn<Map<String, String>> {

        public TextMap() {
            super(new TypeReference<>() {
            });
        }
    }
}
