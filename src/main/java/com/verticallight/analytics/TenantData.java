package com.verticallight.analytics;

import com.verticallight.analytics.churn.Visit;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what the analytics learn from: daily series (revenue, appointments, leads, failed deliveries) on the
 * business's (or tenant's) local dates, and customers' visits. Every statement is restricted to the tenant.
 */
@ApplicationScoped
public class TenantData {

    private static final Map<String, String> SERIES = Map.of(
            "REVENUE", "select (occurred_at at time zone $3)::date as d, sum(amount_minor)::float8 as v from sale "
                    + "where tenant_id = $1 and ($2::uuid is null or business_id = $2) and occurred_at >= $4 "
                    + "and occurred_at < $5 group by 1",
            "APPOINTMENTS", "select (starts_at at time zone $3)::date as d, count(*)::float8 as v from appointment "
                    + "where tenant_id = $1 and ($2::uuid is null or business_id = $2) and status <> 'CANCELLED' "
                    + "and starts_at >= $4 and starts_at < $5 group by 1",
            "LEADS", "select (created_at at time zone $3)::date as d, count(*)::float8 as v from lead "
                    + "where tenant_id = $1 and ($2::uuid is null or business_id = $2) and created_at >= $4 "
                    + "and created_at < $5 group by 1",
            "DELIVERIES_FAILED", "select (created_at at time zone $3)::date as d, count(*)::float8 as v from delivery "
                    + "where tenant_id = $1 and ($2::uuid is null or true) and status = 'FAILED' and created_at >= $4 "
                    + "and created_at < $5 group by 1");

    private final Pool pool;

    public TenantData(Pool pool) {
        this.pool = pool;
    }

    /** A daily series from its first day with data (not before {@code from}) to {@code to}, zeros on empty days. */
    public record Series(LocalDate first, double[] values) {

        public LocalDate last() {
            return first.plusDays(values.length - 1L);
        }

        public int days() {
            return values.length;
        }
    }

    /** Where a series is read: the tenant, optionally one business, and the time zone of its dates. */
    public record Scope(UUID tenantId, UUID businessId, String timeZone) {
    }

    public Uni<Series> series(Scope scope, String metric, LocalDate from, LocalDate to) {
        String sql = SERIES.get(metric);
        if (sql == null) {
            throw new IllegalArgumentException("Unknown series " + metric);
        }
        var zone = java.time.ZoneId.of(scope.timeZone());
        Tuple args = Tuple.tuple().addUUID(scope.tenantId()).addUUID(scope.businessId()).addString(scope.timeZone())
                .addValue(from.atStartOfDay(zone).toOffsetDateTime())
                .addValue(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            Map<LocalDate, Double> byDay = new HashMap<>();
            rows.forEach(row -> byDay.put(row.getLocalDate("d"), row.getDouble("v")));
            LocalDate first = byDay.keySet().stream().min(LocalDate::compareTo).orElse(to.plusDays(1));
            int days = (int) Math.max(0, ChronoUnit.DAYS.between(first, to) + 1);
            double[] values = new double[days];
            for (int i = 0; i < days; i++) {
                values[i] = byDay.getOrDefault(first.plusDays(i), 0.0);
            }
            return new Series(first, values);
        });
    }

    /** Customers' visits (sales with their amount, kept appointments with 0) from {@code from} to {@code to}. */
    public Uni<List<Visit>> visits(Scope scope, LocalDate from, LocalDate to) {
        return visits(scope, null, from, to);
    }

    /** The same for one customer (or every customer when {@code contactId} is null). */
    public Uni<List<Visit>> visits(Scope scope, UUID contactId, LocalDate from, LocalDate to) {
        var zone = java.time.ZoneId.of(scope.timeZone());
        String sql = """
                select contact_id, (occurred_at at time zone $3)::date as d, amount_minor from sale
                where tenant_id = $1 and ($2::uuid is null or business_id = $2) and occurred_at >= $4 and occurred_at < $5
                  and ($6::uuid is null or contact_id = $6)
                union all
                select contact_id, (starts_at at time zone $3)::date as d, 0 from appointment
                where tenant_id = $1 and ($2::uuid is null or business_id = $2) and status = 'COMPLETED'
                  and starts_at >= $4 and starts_at < $5 and ($6::uuid is null or contact_id = $6)""";
        Tuple args = Tuple.tuple().addUUID(scope.tenantId()).addUUID(scope.businessId()).addString(scope.timeZone())
                .addValue(from.atStartOfDay(zone).toOffsetDateTime())
                .addValue(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).addUUID(contactId);
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<Visit> visits = new ArrayList<>();
            for (Row row : rows) {
                visits.add(new Visit(row.getUUID("contact_id"), row.getLocalDate("d"), row.getLong("amount_minor")));
            }
            return visits;
        });
    }

    /** Kept appointments (not cancelled) of one business from {@code from} to before {@code to}, local start times. */
    public Uni<List<com.verticallight.analytics.demand.ServiceDemand.Booking>> bookings(Scope scope, LocalDate from,
            LocalDate to) {
        var zone = java.time.ZoneId.of(scope.timeZone());
        String sql = """
                select service_name, (starts_at at time zone $3) as local_start from appointment
                where tenant_id = $1 and business_id = $2 and status <> 'CANCELLED' and starts_at >= $4 and starts_at < $5""";
        Tuple args = Tuple.tuple().addUUID(scope.tenantId()).addUUID(scope.businessId()).addString(scope.timeZone())
                .addValue(from.atStartOfDay(zone).toOffsetDateTime()).addValue(to.atStartOfDay(zone).toOffsetDateTime());
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<com.verticallight.analytics.demand.ServiceDemand.Booking> bookings = new ArrayList<>();
            rows.forEach(row -> bookings.add(new com.verticallight.analytics.demand.ServiceDemand.Booking(
                    row.getString("service_name"), row.getLocalDateTime("local_start"))));
            return bookings;
        });
    }

    /** Names and phones of the tenant's contacts with these ids. */
    public Uni<Map<UUID, String[]>> contacts(UUID tenantId, List<UUID> ids) {
        return pool.preparedQuery("select id, name, phone_e164 from contact where tenant_id = $1 and id = any($2)")
                .execute(Tuple.of(tenantId, ids.toArray(UUID[]::new))).map(rows -> {
                    Map<UUID, String[]> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getUUID("id"),
                            new String[] {row.getString("name"), row.getString("phone_e164")}));
                    return found;
                });
    }

    /** The time zone and currency of a business of the tenant, or of the tenant itself when no business is given. */
    public Uni<Row> place(UUID tenantId, UUID businessId) {
        String sql = businessId == null
                ? "select time_zone, currency, coalesce((select min(country) from business where tenant_id = $1), 'IN') "
                        + "as country from tenant where id = $1"
                : "select b.time_zone, t.currency, b.country from business b join tenant t on t.id = b.tenant_id "
                        + "where b.tenant_id = $1 and b.id = $2";
        Tuple args = businessId == null ? Tuple.of(tenantId) : Tuple.of(tenantId, businessId);
        return pool.preparedQuery(sql).execute(args).map(rows -> rows.size() == 0 ? null : rows.iterator().next());
    }
}
