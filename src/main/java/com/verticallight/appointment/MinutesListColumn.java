package com.verticallight.appointment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of minutes kept as a JSON array in one column. */
@Converter
public class MinutesListColumn extends JsonColumn<List<Integer>> {

    public MinutesListColumn() {
        super(new TypeReference<>() {
        });
    }
}
