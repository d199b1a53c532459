package com.verticallight.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.verticallight.job.JobRunner;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first reply of a lead is durable: a lead stored without its reply (the service stopped) is answered later. */
@QuarkusTest
class LeadFirstReplyTest {

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @Inject
    LeadIntake intake;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runDueJobs() {
        runner.runDue("first-reply-test").await().atMost(Duration.ofSeconds(30));
    }

    /** What the request does before it sends the reply: the lead, its follow-ups and the safety net, committed. */
    private UUID storeOnly(LeadFixture f, String phone) throws Throwable {
        LeadIntake.Intake in = new LeadIntake.Intake(UUID.fromString(f.businessId()), LeadSource.API, null, "Kavya",
                phone, null, "Hello", null, null, null, null, null);
        return VertxContextSupport.subscribeAndAwait(() -> currentTenant.runAs(f.owner().tenantId(),
                () -> Panache.withTransaction(() -> intake.store(in)).map(stored -> stored.lead().id)));
    }

    @Test
    void aLeadStoredWithoutItsReplyIsAnsweredOnceByTheSafetyNet() throws Throwable {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        UUID leadId = storeOnly(f, phone);
        assertThat(f.messagesSent()).isZero();

        clock.advance(Duration.ofMinutes(2));
        runDueJobs();
        assertThat(f.messagesSent()).as("the request may still be sending").isZero();

        clock.advance(Duration.ofMinutes(2));
        runDueJobs();
        runDueJobs();
        WireMockPlatforms.server().verify(1, f.template(phone, "lead_welcome"));
        f.owner().as().get("/api/v1/leads/" + leadId).then().statusCode(200)
                .body("status", equalTo("CONTACTED"))
                .body("history.cause", hasItem(startsWith("First reply as WhatsApp template lead_welcome")));
        assertThat(sql.count("select count(*) from automation_ledger where tenant_id = $1 and task_type = 'lead_reply'",
                f.owner().tenantId())).isOne();
    }

    @Test
    void aLeadAnsweredInTheRequestIsNotAnsweredAgain() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        String leadId = f.newLead(Map.of("name", "Isha", "phone", phone)).statusCode(201)
                .body("status", equalTo("CONTACTED")).extract().path("id");

        clock.advance(Duration.ofMinutes(10));
        runDueJobs();
        assertThat(f.messagesSent()).isOne();
        assertThat(sql.count("select count(*) from lead_event where tenant_id = $1 and lead_id = $2"
                + " and cause like 'First reply%'", f.owner().tenantId(), UUID.fromString(leadId))).isOne();
    }
}
