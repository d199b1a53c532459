package com.verticallight.content;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FestivalResourceTest {

    private static JsonPath festivals(Account account, String from, String to) {
        return account.as().queryParam("country", "IN").queryParam("from", from).queryParam("to", to)
                .get("/api/v1/festivals").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsACountrysFestivalsInDateOrder() {
        Account viewer = Accounts.invite(Accounts.signup("BASIC"), "VIEWER");
        viewer.as().queryParam("country", "in").queryParam("from", "2026-11-01").queryParam("to", "2026-12-31")
                .get("/api/v1/festivals").then().statusCode(200)
                .body("key", contains("dhanteras", "diwali", "bhai-dooj", "chhath-puja", "guru-nanak-jayanti",
                        "christmas", "new-years-eve"))
                .body("date", contains("2026-11-06", "2026-11-08", "2026-11-11", "2026-11-15", "2026-11-24",
                        "2026-12-25", "2026-12-31"))
                .body("country", everyItem(equalTo("IN")))
                .body("find { it.key == 'diwali' }.name", equalTo("Diwali"))
                .body("find { it.key == 'diwali' }.localNames.hi", equalTo("दिवाली"))
                .body("find { it.key == 'diwali' }.themes", contains("festival_of_lights", "sweets", "gifting", "home_decor"));
        viewer.as().queryParam("country", "US").queryParam("from", "2026-11-01").queryParam("to", "2026-12-31")
                .get("/api/v1/festivals").then().statusCode(200).body("", empty());
    }

    @Test
    void theCalendarHasTheKnownDatesOfBothYears() {
        Account owner = Accounts.signup("BASIC");
        Map<String, String> dates = new HashMap<>();
        for (String[] year : new String[][] {{"2026-01-01", "2026-12-31"}, {"2027-01-01", "2027-12-31"}}) {
            JsonPath all = festivals(owner, year[0], year[1]);
            List<String> keys = all.getList("key");
            assertThat(keys).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30)
                    .contains("makar-sankranti", "pongal", "lohri", "republic-day", "vasant-panchami", "maha-shivaratri",
                            "holi", "ugadi-gudi-padwa", "eid-al-fitr", "ram-navami", "baisakhi", "eid-al-adha",
                            "raksha-bandhan", "independence-day", "onam", "janmashtami", "ganesh-chaturthi", "navratri",
                            "dussehra", "karwa-chauth", "dhanteras", "diwali", "bhai-dooj", "chhath-puja",
                            "guru-nanak-jayanti", "christmas", "new-year", "valentines-day", "mothers-day");
            List<String> days = all.getList("date");
            assertThat(days).isSorted();
            for (int i = 0; i < keys.size(); i++) {
                dates.put(keys.get(i) + "@" + year[0].substring(0, 4), days.get(i));
            }
        }
        assertThat(dates).containsEntry("holi@2026", "2026-03-04").containsEntry("diwali@2026", "2026-11-08")
                .containsEntry("dussehra@2026", "2026-10-20").containsEntry("raksha-bandhan@2026", "2026-08-28")
                .containsEntry("ganesh-chaturthi@2026", "2026-09-14").containsEntry("janmashtami@2026", "2026-09-04")
                .containsEntry("republic-day@2026", "2026-01-26").containsEntry("independence-day@2026", "2026-08-15")
                .containsEntry("mothers-day@2026", "2026-05-10").containsEntry("mothers-day@2027", "2027-05-09")
                .containsEntry("holi@2027", "2027-03-22").containsEntry("diwali@2027", "2027-10-29");
        // festivals on set weekdays land on them
        assertThat(LocalDate.parse(dates.get("mothers-day@2026")).getDayOfWeek().name()).isEqualTo("SUNDAY");
        assertThat(LocalDate.parse(dates.get("fathers-day@2027")).getDayOfWeek().name()).isEqualTo("SUNDAY");
    }

    @Test
    void badCountriesDatesAndRangesAreProblemsNamingTheField() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Map<String, String>> cases = Map.of(
                "from", Map.of("country", "IN", "from", "2026-02-30", "to", "2026-03-31"),
                "to", Map.of("country", "IN", "from", "2026-03-01", "to", "March"),
                "country", Map.of("from", "2026-03-01", "to", "2026-03-31"));
        cases.forEach((field, params) -> owner.as().queryParams(params).get("/api/v1/festivals").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains(field)));
        owner.as().queryParams(Map.of("country", "IND", "from", "2026-03-01", "to", "2026-03-31"))
                .get("/api/v1/festivals").then().statusCode(400).body("errors.field", contains("country"));
        owner.as().queryParams(Map.of("country", "IN", "from", "2026-04-01", "to", "2026-03-31"))
                .get("/api/v1/festivals").then().statusCode(400).body("errors.field", contains("to"))
                .body("errors[0].message", equalTo("must not be before from"));
        owner.as().queryParams(Map.of("country", "IN", "from", "2026-01-01", "to", "2027-02-06"))
                .get("/api/v1/festivals").then().statusCode(400).body("errors.field", contains("to"))
                .body("errors[0].message", equalTo("must be at most 400 days after from"));
        owner.as().queryParam("country", "IN").get("/api/v1/festivals").then().statusCode(200);
        given().queryParam("country", "IN").get("/api/v1/festivals").then().statusCode(401);
    }

    @Test
    void aRangeOfExactly400DaysIsAllowed() {
        assertThat(festivals(Accounts.signup("BASIC"), "2026-01-01", "2027-02-05").getList("key"))
                .hasSizeGreaterThan(35).contains("diwali", "pongal");
    }
}
