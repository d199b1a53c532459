package com.verticallight.intelligence.insight;

import com.verticallight.business.Business;
import com.verticallight.execution.Priority;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Profile fields customers and platforms use that the business has left empty. */
@ApplicationScoped
public class MissingProfileFieldRule implements InsightRule {

    @Override
    public String type() {
        return "missing_profile_field";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        Business business = context.business();
        List<Finding> findings = new ArrayList<>();
        if (blank(business.website)) {
            findings.add(finding("website", "Add your website", "Google posts link to it and customers look for it."));
        }
        if (blank(business.phone)) {
            findings.add(finding("phone", "Add your phone number", "Customers call from Google and from your posts."));
        }
        if (business.operatingHours == null || business.operatingHours.values().stream().allMatch(List::isEmpty)) {
            findings.add(finding("operatingHours", "Add your opening hours",
                    "Without hours, quiet hours and reminders cannot follow your day, and Google shows no hours."));
        }
        if (blank(business.googleBusinessLocationId)) {
            findings.add(finding("googleBusinessLocationId", "Add your Google Business Profile location",
                    "The location id links reviews and posts to your Google listing."));
        }
        return Uni.createFrom().item(findings);
    }

    private static Finding finding(String field, String title, String why) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("field", field);
        evidence.put("value", null);
        return new Finding(field, title, "The business profile has no " + field + ". " + why, Priority.LOW, 1, evidence);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
