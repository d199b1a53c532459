package com.verticallight.business;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Column converters of the business entity. */
final class JsonColumns {

    private JsonColumns() {
    }

    @Converter
    static class OperatingHoursColumn extends JsonColumn<Map<DayOfWeek, List<OpeningPeriod>>> {
        OperatingHoursColumn() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class CategoryConfigColumn extends JsonColumn<CategoryConfig> {
        CategoryConfigColumn() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class CategoryColumn implements AttributeConverter<Category, String> {

        @Override
        public String convertToDatabaseColumn(Category category) {
            return category == null ? null : category.code();
        }

        @Override
        public Category convertToEntityAttribute(String code) {
            return code == null ? null : Category.valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
