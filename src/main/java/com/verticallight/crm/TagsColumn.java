package com.verticallight.crm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;
import java.util.List;

/** A contact's tags as a JSON array: ["vip","bridal"]. */
@Converter
class TagsColumn extends JsonColumn<List<String>> {

    TagsColumn() {
        super(new TypeReference<>() {
        });
    }
}
