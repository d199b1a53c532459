package com.verticallight.i18n;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
    }
}
