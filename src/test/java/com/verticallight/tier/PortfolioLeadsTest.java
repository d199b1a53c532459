package com.verticallight.tier;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Leads per outlet in the ENTERPRISE portfolio, with totals recomputed from the counts. */
@QuarkusTest
class PortfolioLeadsTest {

    /** 10 March 2026, 10:00 in Kolkata. */
    private static final Instant MARCH_10 = Instant.parse("2026-03-10T04:30:00Z");

    @Inject
    Sql sql;

    private UUID lead(Account account, String businessId, Instant at, String status, Duration firstReplyAfter) {
        String contactId = account.as().body(Map.of("name", "Lead " + UUID.randomUUID(),
                "phone", "+9198" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000))))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        UUID leadId = UUID.randomUUID();
        sql.query("insert into lead (id, tenant_id, business_id, contact_id, source, status, priority, created_at, "
                + "updated_at) values ($1, $2, $3, $4, 'FORM', $5, 'MEDIUM', $6, $6)", leadId, account.tenantId(),
                UUID.fromString(businessId), UUID.fromString(contactId), status, at.atOffset(ZoneOffset.UTC));
        if (firstReplyAfter != null) {
            sql.query("insert into lead_event (id, tenant_id, lead_id, from_status, to_status, cause, created_at) "
                    + "values ($1, $2, $3, 'NEW', 'CONTACTED', 'First reply: sent', $4)", UUID.randomUUID(),
                    account.tenantId(), leadId, at.plus(firstReplyAfter).atOffset(ZoneOffset.UTC));
        }
        return leadId;
    }

    @Test
    void eachOutletShowsItsLeadsRepliesAndConversionsAndTheTotalsComeFromTheCounts() {
        Account chain = Accounts.signup("ENTERPRISE");
        String parkStreet = Accounts.createBusiness(chain, "Park Street");
        String saltLake = Accounts.createBusiness(chain, "Salt Lake");
        // Park Street, March: replies after 2, 10 and 4 minutes, one lead never answered; one converted
        lead(chain, parkStreet, MARCH_10, "CONTACTED", Duration.ofMinutes(2));
        lead(chain, parkStreet, MARCH_10.plusSeconds(3600), "CONVERTED", Duration.ofMinutes(10));
        lead(chain, parkStreet, MARCH_10.plusSeconds(7200), "ENGAGED", Duration.ofMinutes(4));
        lead(chain, parkStreet, MARCH_10.plusSeconds(9000), "NEW", null);
        // February: outside the month
        lead(chain, parkStreet, Instant.parse("2026-02-20T06:00:00Z"), "CONVERTED", Duration.ofMinutes(1));
        // Salt Lake: replies after 1 and 30 minutes; one converted
        lead(chain, saltLake, MARCH_10, "CONVERTED", Duration.ofMinutes(1));
        lead(chain, saltLake, MARCH_10.plusSeconds(60), "ENGAGED", Duration.ofMinutes(30));

        JsonPath portfolio = chain.as().queryParam("period", "MONTH").queryParam("date", "2026-03-10")
                .get("/api/v1/portfolio").then().statusCode(200).extract().jsonPath();

        String park = "outlets.find { it.name == 'Park Street' }";
        String salt = "outlets.find { it.name == 'Salt Lake' }";
        // Park Street: 4 leads, 3 replied = 75.0 %, median of 2, 4, 10 min = 4.0, 1 converted = 25.0 %
        assertThat(portfolio.getInt(park + ".leads")).isEqualTo(4);
        assertThat(portfolio.getInt(park + ".leadsReplied")).isEqualTo(3);
        assertThat(portfolio.getDouble(park + ".firstReplyPercent")).isEqualTo(75.0);
        assertThat(portfolio.getDouble(park + ".medianFirstReplyMinutes")).isEqualTo(4.0);
        assertThat(portfolio.getInt(park + ".leadsConverted")).isEqualTo(1);
        assertThat(portfolio.getDouble(park + ".convertedPercent")).isEqualTo(25.0);
        // Salt Lake: 2 of 2 replied, median of 1 and 30 min = 15.5, 1 of 2 converted = 50.0 %
        assertThat(portfolio.getDouble(salt + ".firstReplyPercent")).isEqualTo(100.0);
        assertThat(portfolio.getDouble(salt + ".medianFirstReplyMinutes")).isEqualTo(15.5);
        assertThat(portfolio.getDouble(salt + ".convertedPercent")).isEqualTo(50.0);
        assertThat(portfolio.getMap(salt)).doesNotContainKey("firstReplySeconds");
        // totals: 5 of 6 replied = 83.3 %; median of 1, 2, 4, 10, 30 min = 4.0 (not the mean of the medians, 9.75);
        // 2 of 6 converted = 33.3 %
        assertThat(portfolio.getInt("totals.leads")).isEqualTo(6);
        assertThat(portfolio.getInt("totals.leadsReplied")).isEqualTo(5);
        assertThat(portfolio.getDouble("totals.firstReplyPercent")).isEqualTo(83.3);
        assertThat(portfolio.getDouble("totals.medianFirstReplyMinutes")).isEqualTo(4.0);
        assertThat(portfolio.getInt("totals.leadsConverted")).isEqualTo(2);
        assertThat(portfolio.getDouble("totals.convertedPercent")).isEqualTo(33.3);
        assertThat(portfolio.getList("notAvailable")).isEmpty();
    }
}
