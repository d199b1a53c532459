package com.verticallight.execution;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of texts kept as a JSON array in one column. */
@Converter
public class TextListColumn extends JsonColumn<List<String>> {

    public TextListColumn() {
        super(new TypeReference<>() {
        });
    }
}
