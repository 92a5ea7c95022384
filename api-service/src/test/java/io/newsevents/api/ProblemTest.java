package io.newsevents.api;

import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input never gets a 500: every error is a problem+json with the status that fits. */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class ProblemTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "/actors/XYZ 404",
            "/actors/NORW 400",
            "/actors/N0R 400",
            "/relations/NOR/XXX 404",
            "/relations/NOR/NOR 400",
            "/deals?actor=NORWAY 400",
            "/deals?actor=XYZ 400",
            "/deals?pair=NOR 400",
            "/deals?pair=NOR,NOR 400",
            "/deals?limit=0 400",
            "/deals?limit=501 400",
            "/deals?limit=ten 400",
            "/deals?sort=size 400",
            "/deals?from=2024-13 400",
            "/deals?from=2025&to=2024 400",
            "/deals?category=gifts 400",
            "/deals?minValue=-5&currency=EUR 400",
            "/deals?minValue=5 400",
            "/deals?currency=EURO 400",
            "/deals?minSources=0 400",
            "/deals?cursor=not-a-cursor 400",
            "/facts?type=Treaty 400",
            "/facts/no-such-fact 404",
            "/events?from=yesterday 400",
            "/events?after=-1 400",
            "/stream?type=Treaty 400",
            "/no/such/path 404",
    })
    void badRequestsGetProblemJson(String path, int status) {
        given().urlEncodingEnabled(false)
                .when().get(path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ' ', value = {
            "DELETE /deals 405",
            "POST /actors/NOR 405",
    })
    void wrongMethodsGetProblemJson(String method, String path, int status) {
        given().when().request(method, path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
            "/deals?limit=0 limit",
            "/deals?sort=size sort",
            "/deals?actor=XYZ actor",
    })
    void theProblemNamesTheParameter(String path, String parameter) {
        given().urlEncodingEnabled(false)
                .when().get(path)
                .then().statusCode(400)
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter.equals("actor") ? "XYZ" : ""));
    }
}
