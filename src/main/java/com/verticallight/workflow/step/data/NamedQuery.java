package com.verticallight.workflow.step.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only query a data query step may run: a fixed select over one of the tenant's tables, and a fixed set of
 * filters, each one parameterised condition. The definition only names the query and gives filter values: no SQL
 * comes from a definition. Every statement starts with {@code tenant_id = $1}.
 */
record NamedQuery(String name, String select, String orderBy, Map<String, Filter> filters) {

    enum Kind { UUID, TEXT, TIME, NUMBER }

    /** One filter: a condition with one parameter ({@code ?} is replaced by its number), of a kind, maybe of a set. */
    record Filter(String name, String condition, Kind kind, Set<String> allowed) {
    }

    private static Filter filter(String name, String condition, Kind kind, String... allowed) {
        return new Filter(name, condition, kind, allowed.length == 0 ? Set.of() : Set.of(allowed));
    }

    private static NamedQuery query(String name, String select, String orderBy, Filter... filters) {
        Map<String, Filter> byName = new LinkedHashMap<>();
        for (Filter f : filters) {
            byName.put(f.name(), f);
        }
        return new NamedQuery(name, select, orderBy, byName);
    }

    static final Map<String, NamedQuery> ALL = all();

    private static Map<String, NamedQuery> all() {
        Map<String, NamedQuery> all = new LinkedHashMap<>();
        for (NamedQuery q : List.of(
                query("leads", "select id, business_id, contact_id, source, status, priority, value_minor, message,"
                        + " created_at from lead", "created_at desc, id",
                        filter("id", "id = ?", Kind.UUID),
                        filter("businessId", "business_id = ?", Kind.UUID),
                        filter("status", "status = ?", Kind.TEXT, "NEW", "CONTACTED", "ENGAGED", "QUALIFIED",
                                "CONVERTED", "LOST"),
                        filter("source", "source = ?", Kind.TEXT, "API", "FORM", "WHATSAPP", "SMS", "FACEBOOK"),
                        filter("priority", "priority = ?", Kind.TEXT, "HIGH", "MEDIUM", "LOW"),
                        filter("since", "created_at >= ?", Kind.TIME),
                        filter("until", "created_at < ?", Kind.TIME),
                        filter("minValueMinor", "value_minor >= ?", Kind.NUMBER)),
                query("contacts", "select id, name, phone_e164 as phone, email, language, created_at from contact",
                        "created_at desc, id",
                        filter("since", "created_at >= ?", Kind.TIME),
                        filter("until", "created_at < ?", Kind.TIME)),
                query("posts", "select id, business_id, platform, status, text, theme, needs_review, scheduled_at,"
                        + " platform_post_id from content_post", "scheduled_at desc, id",
                        filter("businessId", "business_id = ?", Kind.UUID),
                        filter("status", "status = ?", Kind.TEXT, "DRAFT", "APPROVED", "REJECTED", "SCHEDULED",
                                "PUBLISHED", "FAILED"),
                        filter("platform", "platform = ?", Kind.TEXT, "FACEBOOK_PAGE", "INSTAGRAM",
                                "GOOGLE_BUSINESS_PROFILE"),
                        filter("since", "scheduled_at >= ?", Kind.TIME),
                        filter("until", "scheduled_at < ?", Kind.TIME)),
                query("sales", "select id, business_id, contact_id, amount_minor, currency, occurred_at from sale",
                        "occurred_at desc, id",
                        filter("businessId", "business_id = ?", Kind.UUID),
                        filter("contactId", "contact_id = ?", Kind.UUID),
                        filter("since", "occurred_at >= ?", Kind.TIME),
                        filter("until", "occurred_at < ?", Kind.TIME),
                        filter("minAmountMinor", "amount_minor >= ?", Kind.NUMBER)),
                query("reviews", "select id, business_id, platform, reviewer_name, stars, comment, reviewed_at,"
                        + " reply_status, first_seen_at from review", "first_seen_at desc, id",
                        filter("businessId", "business_id = ?", Kind.UUID),
                        filter("platform", "platform = ?", Kind.TEXT),
                        filter("minRating", "stars >= ?", Kind.NUMBER),
                        filter("maxRating", "stars <= ?", Kind.NUMBER),
                        filter("since", "first_seen_at >= ?", Kind.TIME),
                        filter("until", "first_seen_at < ?", Kind.TIME)),
                query("appointments", "select id, business_id, contact_id, service_name, starts_at, duration_minutes,"
                        + " staff_name, status from appointment", "starts_at, id",
                        filter("businessId", "business_id = ?", Kind.UUID),
                        filter("status", "status = ?", Kind.TEXT, "BOOKED", "CONFIRMED", "CANCELLED", "COMPLETED",
                                "NO_SHOW"),
                        filter("since", "starts_at >= ?", Kind.TIME),
                        filter("until", "starts_at < ?", Kind.TIME)),
                query("payments", "select id, business_id, contact_id, amount_minor, currency, due_date, description,"
                        + " status, created_at from payment_request", "created_at desc, id",
                        filter("businessId", "business_id = ?", Kind.UUID),
                        filter("status", "status = ?", Kind.TEXT, "OPEN", "PAID", "STOPPED"),
                        filter("since", "created_at >= ?", Kind.TIME),
                        filter("until", "created_at < ?", Kind.TIME),
                        filter("minAmountMinor", "amount_minor >= ?", Kind.NUMBER)))) {
            all.put(q.name(), q);
        }
        return Map.copyOf(all);
    }
}
