package com.verticallight.lead;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;
import java.util.List;

@Converter
public class RuleMatchesColumn extends JsonColumn<List<RuleMatch>> {

    public RuleMatchesColumn() {
        super(new TypeReference<>() {
        });
    }
}
