package com.verticallight.tier;

import com.verticallight.tenant.TenantService;
import com.verticallight.tenant.TenantViews.PlanView;
import com.verticallight.tenant.Tier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each tier's features (table tier_feature) and the limits of its plans (table plan). */
@ApplicationScoped
public class TierCatalogue {

    @Schema(name = "TierFeature")
    public record Feature(String feature, String title, boolean included, String detail) {
    }

    @Schema(name = "TierCatalogueEntry")
    public record TierView(Tier tier, List<Feature> features, List<PlanView> plans) {
    }

    @Inject
    Pool pool;

    @Inject
    TenantService tenants;

    public Uni<List<TierView>> tiers() {
        return pool.query("select * from tier_feature order by tier, position").execute()
                .map(rows -> {
                    List<Row> all = new ArrayList<>();
                    rows.forEach(all::add);
                    return all;
                })
                .chain(rows -> tenants.plans().map(plans -> Arrays.stream(Tier.values())
                        .map(tier -> new TierView(tier,
                                rows.stream().filter(r -> r.getString("tier").equals(tier.name()))
                                        .map(r -> new Feature(r.getString("feature"), r.getString("title"),
                                                r.getBoolean("included"), r.getString("detail")))
                                        .toList(),
                                plans.stream().filter(p -> p.tier() == tier).toList()))
                        .toList()));
    }
}
