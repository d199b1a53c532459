package com.verticallight.i18n;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the service writes for people comes in the reader's language: person, then Accept-Language, then business. */
@QuarkusTest
class ReaderLanguageTest {

    private static final String NOT_A_LANGUAGE = "not a language!";

    @Test
    void aValidationErrorIsAnsweredInTheLanguageTheRequestAsksFor() {
        Account owner = Accounts.signup("TRIAL");
        owner.as().header("Accept-Language", "hi-IN,hi;q=0.9,en;q=0.8")
                .body(Map.of("language", NOT_A_LANGUAGE)).put("/api/v1/me/language")
                .then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "hi")
                .body("title", equalTo("गलत अनुरोध"))
                .body("detail", equalTo("अनुरोध में कुछ फ़ील्ड सही नहीं हैं"))
                .body("errors.field", contains("language"))
                .body("errors.message", contains("en-IN या hi जैसा BCP 47 भाषा टैग होना चाहिए"));
        owner.as().header("Accept-Language", "ar")
                .body(Map.of()).put("/api/v1/me/language")
                .then().statusCode(400).header("Content-Language", "ar")
                .body("title", equalTo("طلب غير صالح"))
                .body("errors.message", hasItem("يجب ألا يكون فارغًا"));
        owner.as().header("Accept-Language", "ar").body("{\"language\":").put("/api/v1/me/language")
                .then().statusCode(400).body("detail", equalTo("جسم الطلب ليس JSON صالحًا"));
    }

    /** The problems catalogue: a wrong JSON type, a missing field and a domain refusal, in hi and ar, else English. */
    @Test
    void domainProblemsAreAnsweredInHindiAndArabicWithTheFieldNamedAndInEnglishByDefault() {
        Account owner = Accounts.signup("TRIAL");
        String phone = "+9198" + (10_000_000 + (int) (Math.random() * 89_999_999));
        owner.as().header("Accept-Language", "hi").body(Map.of("name", "Asha", "tags", "vip"))
                .post("/api/v1/contacts")
                .then().statusCode(400).header("Content-Language", "hi")
                .body("type", equalTo("https://vertical-light.dev/problems/400"))
                .body("errors.field", contains("tags"))
                .body("errors.message", contains("सूची होनी चाहिए"));
        owner.as().header("Accept-Language", "ar").body(Map.of("name", "Asha")).post("/api/v1/contacts")
                .then().statusCode(400).header("Content-Language", "ar")
                .body("title", equalTo("طلب غير صالح"))
                .body("errors.field", containsInAnyOrder("email", "phone"))
                .body("errors.message", everyItem(equalTo("تحتاج جهة الاتصال إلى هاتف أو بريد إلكتروني")));
        owner.as().body(Map.of("name", "Asha", "phone", phone)).post("/api/v1/contacts").then().statusCode(201);
        String other = owner.as().body(Map.of("name", "Ravi", "email", "ravi-" + phone.substring(1) + "@example.com"))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        owner.as().header("Accept-Language", "hi").body(Map.of("name", "Ravi", "phone", phone))
                .put("/api/v1/contacts/" + other)
                .then().statusCode(409).header("Content-Language", "hi")
                .body("type", equalTo("https://vertical-light.dev/problems/409"))
                .body("detail", equalTo("किसी और संपर्क के पास पहले से फ़ोन " + phone + " है"));
        owner.as().header("Accept-Language", "ar").get("/api/v1/contacts/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("detail", equalTo("لم يتم العثور على جهة الاتصال هذه"));

        owner.as().body(Map.of("name", "Asha")).post("/api/v1/contacts")
                .then().statusCode(400).body("title", equalTo("Bad Request"))
                .body("errors.message", everyItem(equalTo("a contact needs a phone or an email")));
        owner.as().body(Map.of("name", "Ravi", "phone", phone)).put("/api/v1/contacts/" + other)
                .then().statusCode(409).body("detail", equalTo("Another contact already has the phone " + phone));
    }

    @Test
    void thePersonsSavedLanguageWinsOverTheBrowsersAndEnglishStaysForOthers() {
        Account owner = Accounts.signup("TRIAL");
        owner.as().body(Map.of("language", "ar")).put("/api/v1/me/language").then().statusCode(200);
        owner.as().header("Accept-Language", "en-US")
                .body(Map.of("language", NOT_A_LANGUAGE)).put("/api/v1/me/language")
                .then().statusCode(400).header("Content-Language", "ar")
                .body("title", equalTo("طلب غير صالح"))
                .body("errors.message", contains("يجب أن يكون وسم لغة وفق BCP 47 مثل en-IN أو hi"));
        Accounts.invite(owner, "STAFF").as().body(Map.of("language", NOT_A_LANGUAGE)).put("/api/v1/me/language")
                .then().statusCode(400)
                .body("title", equalTo("Bad Request"))
                .body("errors.message", contains("must be a BCP 47 language tag such as en-IN or hi"));
    }

    @Test
    void aTaskAndItsGuidanceReadInHindiByAHindiReaderAndInEnglishByAColleague() {
        Account owner = Accounts.signup("BASIC");
        Account colleague = Accounts.invite(owner, "STAFF");
        String business = Accounts.createBusiness(owner, "Lotus Salon");
        owner.as().body(Map.of("language", "hi")).put("/api/v1/me/language").then().statusCode(200);
        String task = owner.as().body(Map.of("guidanceKey", "answer-negative-review"))
                .post("/api/v1/businesses/" + business + "/manual-tasks")
                .then().statusCode(201).body("title", equalTo("नकारात्मक समीक्षा का जवाब दें"))
                .extract().path("id");

        owner.as().get("/api/v1/manual-tasks/" + task).then().statusCode(200)
                .body("title", equalTo("नकारात्मक समीक्षा का जवाब दें"))
                .body("guidance.steps[1]", equalTo("शांत होने तक रुकें; हो सके तो 24 घंटे के अंदर जवाब दें।"))
                .body("guidance.checklist[2]", equalTo("सीधा संपर्क दिया गया है"));
        owner.as().get("/api/v1/businesses/" + business + "/manual-tasks").then().statusCode(200)
                .body("find { it.id == '" + task + "' }.title", equalTo("नकारात्मक समीक्षा का जवाब दें"));
        colleague.as().get("/api/v1/manual-tasks/" + task).then().statusCode(200)
                .body("title", equalTo("Answer a negative review"))
                .body("guidance.steps[1]", equalTo("Wait until you are calm; reply within 24 hours if you can."));
        colleague.as().header("Accept-Language", "ja").get("/api/v1/guidance/answer-negative-review")
                .then().statusCode(200).body("title", equalTo("否定的なレビューに返信する"));

        String complaint = owner.as().body(Map.of("guidanceKey", "complex-complaint"))
                .post("/api/v1/businesses/" + business + "/manual-tasks").then().statusCode(201).extract().path("id");
        owner.as().get("/api/v1/manual-tasks/" + complaint).then().statusCode(200)
                .body("guidance.steps[0]", equalTo("उसी दिन ग्राहक को वापस फ़ोन करें; लिखे मैसेज से ज़्यादा फ़ोन पर बात से मामला शांत होता है।"))
                .body("guidance.talkingPoints[1]", equalTo("एक बार पक्का कर लें कि हमने आपकी बात सही समझी है।"));
        colleague.as().get("/api/v1/manual-tasks/" + complaint).then().statusCode(200)
                .body("guidance.steps[0]", equalTo("Call the customer back the same day; a call calms things better than text."));
    }
}
