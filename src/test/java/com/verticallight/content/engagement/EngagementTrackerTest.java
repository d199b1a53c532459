package com.verticallight.content.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.ChannelKind;
import com.verticallight.content.engagement.EngagementTracker.Published;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two runs of one tenant that publish and get the same platform post id at once follow it once, and both succeed. */
@QuarkusTest
class EngagementTrackerTest {

    @Inject
    EngagementTracker tracker;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    private Uni<Void> trackInItsOwnTransaction(UUID tenant, Published post) {
        return currentTenant.runAs(tenant, () -> Panache.withTransaction(() -> tracker.track(post)));
    }

    @Test
    void twoRunsTrackingTheSamePostAtOnceBothSucceedAndFollowItOnce() {
        Account owner = Accounts.signup("BASIC");
        UUID business = UUID.fromString(Accounts.createBusiness(owner, "Outlet"));
        for (int round = 0; round < 5; round++) {
            Published post = new Published(business, UUID.randomUUID(), ChannelKind.FACEBOOK_PAGE, null,
                    "1_" + UUID.randomUUID(), "Diwali greetings", clock.instant());
            Uni.combine().all().unis(trackInItsOwnTransaction(owner.tenantId(), post),
                    trackInItsOwnTransaction(owner.tenantId(), post)).discardItems()
                    .await().atMost(Duration.ofSeconds(30));

            assertThat(sql.count("select count(*) from post_engagement where tenant_id = $1 and platform_post_id = $2",
                    owner.tenantId(), post.platformPostId())).isOne();
            assertThat(sql.count("""
                    select count(*) from job where tenant_id = $1 and kind = 'engagement.read' and correlation =
                      (select 'engagement:' || id from post_engagement where tenant_id = $1 and platform_post_id = $2)""",
                    owner.tenantId(), post.platformPostId())).as("one first read").isOne();
        }
    }
}
