package com.verticallight.lead;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared reference data of lead nurturing (V12__leads.sql): default rules, the default follow-up sequence and
 * the texts of automatic messages per language. An operator edits them without a release.
 */
@ApplicationScoped
public class LeadDefaults {

    /** A text of an automatic message in one language (the one found: the asked one or English). */
    public record LeadText(String language, String templateName, String subject, String body) {
    }

    @Inject
    Pool pool;

    public Uni<List<LeadRule>> rules() {
        return pool.query("select * from lead_rule_default order by position").execute().map(rows -> {
            List<LeadRule> rules = new ArrayList<>();
            rows.forEach(row -> rules.add(rule(row)));
            return rules;
        });
    }

    public Uni<List<FollowUpStep>> followUps() {
        return pool.query("select * from lead_follow_up_default order by position").execute().map(rows -> {
            List<FollowUpStep> steps = new ArrayList<>();
            rows.forEach(row -> steps.add(new FollowUpStep(row.getInteger("delay_hours"),
                    row.getString("channel") == null ? null : ChannelKind.valueOf(row.getString("channel")),
                    row.getString("template_name"), row.getString("text_key"), null)));
            return steps;
        });
    }

    /** The text in the language, else in English; null when the key is unknown. */
    public Uni<LeadText> text(String key, String language) {
        return pool.preparedQuery("""
                select language, template_name, subject, body from lead_text where key = $1 and language in ($2, 'en')
                order by case when language = $2 then 0 else 1 end limit 1""")
                .execute(Tuple.of(key, language))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new LeadText(row.getString("language"), row.getString("template_name"), row.getString("subject"), row.getString("body"));
                });
    }

    /** The text sent as this WhatsApp template in the language (else English); null when no text uses it. */
    public Uni<LeadText> textOfTemplate(String templateName, String language) {
        return pool.preparedQuery("""
                select language, template_name, subject, body from lead_text where template_name = $1
                and language in ($2, 'en') order by case when language = $2 then 0 else 1 end limit 1""")
                .execute(Tuple.of(templateName, language))
                .map(rows -> rows.size() == 0 ? null : text(rows.iterator().next()));
    }

    private static LeadText text(Row row) {
        return new LeadText(row.getString("language"), row.getString("template_name"), row.getString("subject"),
                row.getString("body"));
    }

    private static LeadRule rule(Row row) {
        String keywords = row.getString("keywords");
        return new LeadRule(row.getString("label"),
                row.getString("source") == null ? null : LeadSource.valueOf(row.getString("source")),
                keywords == null ? null : JsonText.read(keywords, new TypeReference<List<String>>() {
                }),
                row.getInteger("from_hour"), row.getInteger("to_hour"), row.getLong("min_value_minor"),
                LeadPriority.valueOf(row.getString("priority")), row.getString("reason"));
    }
}
