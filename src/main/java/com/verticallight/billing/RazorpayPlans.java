package com.verticallight.billing;

import com.verticallight.tenant.Plan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The Razorpay plan behind each of our plans, created once per Razorpay account (POST /plans with the price in paise)
 * and remembered. Two first checkouts at once may both create one; the first stored wins and is used by both.
 */
@ApplicationScoped
public class RazorpayPlans {

    @Inject
    ProductRazorpay razorpay;

    @Inject
    Clock clock;

    public Uni<String> idFor(UUID tenantId, Plan plan) {
        String account = razorpay.accountKey();
        return Panache.withSession(() -> stored(plan, account)).chain(found -> found != null
                ? Uni.createFrom().item(found)
                : razorpay.call(tenantId, razorpay.requests().plan(plan.billingPeriod, plan.billingInterval,
                                "Vertical Light OS " + plan.code, plan.monthlyPriceMinor, plan.currency))
                        .chain(created -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                                .createNativeQuery("""
                                        insert into billing_razorpay_plan (plan_code, key_id, razorpay_plan_id, created_at)
                                        values (:plan, :key, :id, :at) on conflict (plan_code, key_id) do nothing""")
                                .setParameter("plan", plan.code.name()).setParameter("key", account)
                                .setParameter("id", created.path("id").asText())
                                .setParameter("at", clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate())
                                .chain(() -> stored(plan, account)))));
    }

    private static Uni<String> stored(Plan plan, String account) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select razorpay_plan_id from billing_razorpay_plan where plan_code = :plan and key_id = :key",
                String.class).setParameter("plan", plan.code.name()).setParameter("key", account)
                .getResultList().map(rows -> rows.isEmpty() ? null : rows.get(0)));
    }
}
