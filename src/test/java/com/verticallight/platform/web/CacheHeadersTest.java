package com.verticallight.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheHeadersTest {

    /** A file named like a built asset (src/test/resources/META-INF/resources/assets). */
    private static final String ASSET = "/assets/cache-probe-Xq7Lm2Pa.js";

    @Test
    void aHashedAssetIsKeptAYearAndGzippedWhenAskedFor() {
        given().header("Accept-Encoding", "gzip").get(ASSET).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("Content-Encoding", equalTo("gzip"));
        // without content decoders REST Assured sends no Accept-Encoding of its own
        given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .get(ASSET).then().statusCode(200)
                .header("Content-Encoding", nullValue());
    }

    @Test
    void theAppPageAndItsRoutesAreAskedForAgainEveryTime() {
        // 200 when the web app was built, 404 in a build that skipped it: never kept without asking
        given().get("/").then().header("Cache-Control", equalTo("no-cache"));
        given().get("/leads/123").then().header("Cache-Control", equalTo("no-cache"));
        given().get("/index.html").then().header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void apiJsonIsGzippedWhenAskedForAndKeepsItsOwnCaching() {
        var owner = Accounts.signup("TRIAL");
        Accounts.createBusiness(owner, "Gzip Salon");
        var response = owner.as().header("Accept-Encoding", "gzip").get("/api/v1/businesses").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip")).extract();
        assertThat(response.header("Cache-Control")).as("the API is not the web app's files").isNull();
        assertThat(response.jsonPath().getString("[0].name")).isEqualTo("Gzip Salon");
    }

    @Test
    void onlyHashedFilesUnderAssetsAreImmutable() {
        assertThat(CacheHeaders.policyFor("/assets/index-CGRPjVxX.js")).isEqualTo(CacheHeaders.HASHED);
        assertThat(CacheHeaders.policyFor("/assets/Leads-B1x_-9aZ.css")).isEqualTo(CacheHeaders.HASHED);
        assertThat(CacheHeaders.policyFor("/sw.js")).isEqualTo(CacheHeaders.REVALIDATE);
        assertThat(CacheHeaders.policyFor("/manifest.webmanifest")).isEqualTo(CacheHeaders.REVALIDATE);
        assertThat(CacheHeaders.policyFor("/api/v1/businesses")).isNull();
        assertThat(CacheHeaders.policyFor("/q/health")).isNull();
    }
}
