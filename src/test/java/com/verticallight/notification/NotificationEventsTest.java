package com.verticallight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.platform.json.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each product event becomes a notification: category, priority, words, link, merging. */
class NotificationEventsTest {

    private static NotificationRequest one(String topic, String payload) {
        List<NotificationRequest> requests = NotificationEvents.requests(topic, JsonText.tree(payload));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @Test
    void aReviewsPriorityFollowsItsStars() {
        assertThat(one("review.received", "{\"stars\":1,\"reviewerName\":\"Meera\"}").priority()).isEqualTo(Urgency.URGENT);
        assertThat(one("review.received", "{\"stars\":3}").priority()).isEqualTo(Urgency.HIGH);
        NotificationRequest good = one("review.received", "{\"stars\":5,\"reviewerName\":\"Meera\"}");
        assertThat(good.priority()).isEqualTo(Urgency.LOW);
        assertThat(good.mergeKey()).isEqualTo("review.good");
        assertThat(good.text().title("en")).isEqualTo("5★ review from Meera");
        assertThat(good.text().mergedTitle("hi", 3)).isEqualTo("3 नई अच्छी समीक्षाएँ");
        // bad reviews are never merged away into a count
        assertThat(one("review.received", "{\"stars\":2}").mergeKey()).isNull();
    }

    @Test
    void aTaskNeedsAPersonAndAWorkflowApprovalIsAnApproval() {
        NotificationRequest task = one("task.created",
                "{\"taskId\":\"t1\",\"title\":\"Reply to Meera\",\"priority\":\"HIGH\",\"guidanceKey\":\"answer-negative-review\"}");
        assertThat(task.category()).isEqualTo(Category.TASK);
        assertThat(task.priority()).isEqualTo(Urgency.HIGH);
        assertThat(task.link()).isEqualTo("/tasks/t1");
        assertThat(task.text().mergedTitle("en", 3)).isEqualTo("3 tasks need you");
        assertThat(one("task.created", "{\"taskId\":\"t2\",\"priority\":\"MEDIUM\"}").priority()).isEqualTo(Urgency.NORMAL);

        NotificationRequest approval = one("task.created",
                "{\"taskId\":\"t3\",\"title\":\"Approve? Send the offer\",\"guidanceKey\":\"workflow-approval\"}");
        assertThat(approval.category()).isEqualTo(Category.APPROVAL);
        assertThat(approval.mergeKey()).isNull();
        assertThat(approval.text().body("en")).isEqualTo("Approve? Send the offer");
        NotificationRequest worded = one("task.created", "{\"taskId\":\"t4\",\"title\":\"Approve? Send the offer\","
                + "\"guidanceKey\":\"workflow-approval\",\"titleWords\":{\"key\":\"approval.title\","
                + "\"args\":{\"question\":\"Send the offer\"}}}");
        assertThat(worded.text().title("hi")).isEqualTo("आपकी मंज़ूरी का इंतज़ार");
        assertThat(worded.text().body("hi")).isEqualTo("मंज़ूरी दें? Send the offer");
        assertThat(worded.text().body("en")).isEqualTo("Approve? Send the offer");
    }

    @Test
    void eachPersonReadsTheNotificationInTheirLanguage() {
        NotificationRequest task = one("task.created", "{\"taskId\":\"t1\",\"title\":\"Reply to Meera\"}");
        assertThat(task.text().title("ar")).isEqualTo("مهمة تحتاج إليك: Reply to Meera");
        assertThat(task.text().title("ja")).isEqualTo("対応が必要なタスク: Reply to Meera");
        assertThat(task.text().mergedTitle("es", 1)).isEqualTo("1 tarea le necesita");
        assertThat(task.text().mergedTitle("zh-CN", 4)).isEqualTo("4 项任务需要您处理");
        assertThat(task.text().title(null)).isEqualTo("A task needs you: Reply to Meera");

        // a task the service titled (kept as a phrase) is titled in each reader's language
        NotificationRequest suggested = one("task.created", "{\"taskId\":\"t2\",\"title\":\"Review your supplier terms\","
                + "\"titleWords\":{\"key\":\"plan.supplier.title\",\"args\":{}}}");
        assertThat(suggested.text().title("hi")).isEqualTo("आपके लिए एक काम: अपने सप्लायर की शर्तें दोबारा देखें");
        assertThat(suggested.text().title("en")).isEqualTo("A task needs you: Review your supplier terms");
    }

    @Test
    void aFinishedPlanSaysWhatWentWellAndWhatFailed() {
        NotificationRequest failed = one("plan.finished", "{\"date\":\"2026-12-07\",\"done\":3,\"failed\":1}");
        assertThat(failed.category()).isEqualTo(Category.PLAN);
        assertThat(failed.priority()).isEqualTo(Urgency.HIGH);
        assertThat(failed.text().title("en")).isEqualTo("Plan for Dec 7, 2026: 3 done, 1 failed");
        assertThat(failed.text().title("hi")).isEqualTo("7 दिस॰ 2026 की योजना: 3 पूरे, 1 विफल"); // CLDR, not ISO
        assertThat(one("plan.finished", "{\"date\":\"2026-12-07\",\"done\":4,\"failed\":0}").priority()).isEqualTo(Urgency.LOW);
    }

    @Test
    void securityAndDeliveryFailures() {
        NotificationRequest key = one("apikey.created", "{\"name\":\"website\",\"prefix\":\"vlk_abcd1234\"}");
        assertThat(key.category()).isEqualTo(Category.SECURITY);
        assertThat(key.text().body("en")).contains("vlk_abcd1234").contains("revoke");
        NotificationRequest reconnect = one("delivery.failed", "{\"channel\":\"WHATSAPP\",\"errorKind\":\"AUTH_EXPIRED\"}");
        assertThat(reconnect.priority()).isEqualTo(Urgency.URGENT);
        assertThat(reconnect.text().title("en")).isEqualTo("Reconnect WhatsApp");
        assertThat(one("delivery.failed", "{\"channel\":\"EMAIL_SENDGRID\",\"errorKind\":\"AUTH_EXPIRED\"}").text()
                .title("de")).doesNotContain("EMAIL_SENDGRID").contains("E-Mail");
    }

    @Test
    void onlyAReplyMakesALeadStatusChangeANotification() {
        assertThat(NotificationEvents.requests("lead.status_changed",
                JsonText.tree("{\"leadId\":\"l1\",\"from\":\"NEW\",\"status\":\"ENGAGED\"}"))).hasSize(1);
        assertThat(NotificationEvents.requests("lead.status_changed",
                JsonText.tree("{\"leadId\":\"l1\",\"from\":\"ENGAGED\",\"status\":\"WON\"}"))).isEmpty();
        assertThat(NotificationEvents.requests("task.done", JsonText.tree("{}"))).isEmpty();
    }
    @Test
    void anUnusualDayIsAnAnomalyWithItsMoneyInTheBusinesssCurrencyOrACount() {
        NotificationRequest drop = one("analytics.anomaly_detected", "{\"metric\":\"REVENUE\",\"day\":\"2026-12-01\","
                + "\"severity\":\"CRITICAL\",\"direction\":\"DROP\",\"actual\":0,\"expected\":123456789,"
                + "\"impactMinor\":123456789,\"currency\":\"INR\"}");
        assertThat(drop.category()).isEqualTo(Category.ANOMALY);
        assertThat(drop.priority()).isEqualTo(Urgency.URGENT);
        assertThat(drop.text().title("en")).isEqualTo("Unusual revenue on Dec 1, 2026: lower than usual");
        assertThat(drop.text().body("en")).isEqualTo("₹0 against the usual ₹12,34,567.89 · impact -₹12,34,567.89");
        assertThat(drop.text().title("hi")).isEqualTo("1 दिस॰ 2026 को आय आम से कम");
        assertThat(drop.text().body("hi")).contains("₹12,34,567.89").doesNotContain("INR").doesNotContain("Rs");
        assertThat(drop.link()).isEqualTo("/analytics");

        NotificationRequest leads = one("analytics.anomaly_detected", "{\"metric\":\"LEADS\",\"day\":\"2026-12-02\","
                + "\"severity\":\"MEDIUM\",\"direction\":\"SPIKE\",\"actual\":31,\"expected\":4.5}");
        assertThat(leads.priority()).isEqualTo(Urgency.NORMAL);
        assertThat(leads.text().title("en")).isEqualTo("Unusual enquiries on Dec 2, 2026: higher than usual");
        assertThat(leads.text().body("en")).isEqualTo("31 against the usual 4.5");
    }
    @Test
    void aNewInsightIsNamedInEachReadersLanguageFromItsEvidence() {
        NotificationRequest churn = one("insight.created", "{\"type\":\"churn_risk\",\"priority\":\"HIGH\","
                + "\"title\":\"3 customers worth ₹1,234.56 a month may not come back\",\"titleWords\":{\"key\":"
                + "\"insight.churn_risk.title\",\"args\":{\"customersAtRisk\":3,\"valueAtRiskMonthly\":"
                + "{\"minor\":123456,\"currency\":\"INR\"}}}}");
        assertThat(churn.text().title("en")).isEqualTo("New insight: 3 customers worth ₹1,234.56 a month may not come back");
        assertThat(churn.text().title("hi")).contains("₹1,234.56").contains("शायद वापस न आएँ")
                .doesNotContain("customers");
        NotificationRequest old = one("insight.created", "{\"type\":\"x\",\"title\":\"Stored title\"}");
        assertThat(old.text().title("en")).isEqualTo("New insight: Stored title");
    }

    @Test
    void aTrainingThatEndsSaysWhetherItFailedOrIsNowInUse() {
        NotificationRequest failed = one("analytics.model_trained", "{\"modelId\":\"m1\",\"name\":\"revenue\","
                + "\"version\":2,\"status\":\"FAILED\",\"error\":\"Not enough data yet\",\"deployedVersion\":1}");
        assertThat(failed.category()).isEqualTo(Category.MODEL);
        assertThat(failed.priority()).isEqualTo(Urgency.HIGH);
        assertThat(failed.text().title("en")).isEqualTo("Training of revenue failed");
        assertThat(failed.text().body("en")).isEqualTo("Not enough data yet");
        NotificationRequest inUse = one("analytics.model_trained", "{\"name\":\"revenue\",\"version\":3,"
                + "\"status\":\"TRAINED\",\"deployedVersion\":3,\"reason\":\"SCHEDULE\"}");
        assertThat(inUse.priority()).isEqualTo(Urgency.NORMAL);
        assertThat(inUse.text().title("en")).isEqualTo("revenue: version 3 trained and now in use");
        NotificationRequest trained = one("analytics.model_trained", "{\"name\":\"churn\",\"version\":1,"
                + "\"status\":\"TRAINED\",\"deployedVersion\":null}");
        assertThat(trained.priority()).isEqualTo(Urgency.LOW);
        assertThat(trained.text().title("hi")).isEqualTo("churn: संस्करण 1 ट्रेन हो गया");
    }

    @Test
    void aPlanLimitIsBillingAndADailyOneSaysWhenItStartsAgain() {
        NotificationRequest runs = one("plan.limit_reached",
                "{\"limit\":\"workflow_executions_per_day\",\"allowed\":1000,\"plan\":\"BASIC\"}");
        assertThat(runs.category()).isEqualTo(Category.BILLING);
        assertThat(runs.priority()).isEqualTo(Urgency.HIGH);
        assertThat(runs.link()).isEqualTo("/billing");
        assertThat(runs.text().title("en")).isEqualTo("Plan limit reached: workflow runs a day");
        assertThat(runs.text().body("en")).isEqualTo("Your plan allows 1,000 a day; the count starts again at midnight UTC."
                + " For more, choose a larger plan in Billing.");
        assertThat(runs.text().title("hi")).isEqualTo("प्लान की सीमा पूरी हुई: रोज़ के वर्कफ़्लो रन");
        assertThat(one("plan.limit_reached", "{\"limit\":\"trainings_per_day\",\"allowed\":5}").text().title("de"))
                .isEqualTo("Tarifgrenze erreicht: Trainings pro Tag");
        NotificationRequest locations = one("plan.limit_reached", "{\"limit\":\"locations\",\"allowed\":1}");
        assertThat(locations.text().body("en")).isEqualTo("Your plan allows 1. Choose a larger plan in Billing, or remove one first.");
        for (String language : List.of("en", "hi", "es", "fr", "de", "ja", "zh-CN", "ar")) {
            assertThat(runs.text().body(language)).as(language).isNotBlank().doesNotContain("{");
            assertThat(runs.text().title(language)).as(language).doesNotContain("workflow_executions_per_day");
        }
    }

    @Test
    void aFailedWorkflowSaysWhereItStoppedAndMergesPerWorkflow() {
        NotificationRequest failed = one("workflow.failed", "{\"executionId\":\"e1\",\"workflowId\":\"w1\","
                + "\"name\":\"Stock sync\",\"failedStep\":\"count\",\"error\":\"bad number\"}");
        assertThat(failed.category()).isEqualTo(Category.WORKFLOW);
        assertThat(failed.priority()).isEqualTo(Urgency.HIGH);
        assertThat(failed.link()).isEqualTo("/workflows/executions/e1");
        assertThat(failed.mergeKey()).isEqualTo("workflow.failed:w1");
        assertThat(failed.text().title("en")).isEqualTo("Workflow failed: Stock sync");
        assertThat(failed.text().body("en")).isEqualTo("It stopped at step count. Open it to retry from there. · bad number");
        assertThat(failed.text().mergedTitle("en", 3)).isEqualTo("Workflow failed 3 times: Stock sync");
        assertThat(failed.text().mergedTitle("ar", 2)).isEqualTo("فشل مسار العمل مرتين: Stock sync");
    }
}
