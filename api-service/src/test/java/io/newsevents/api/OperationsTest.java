package io.newsevents.api;

import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** Health (database and Kafka), the OpenAPI document, Swagger UI and Prometheus metrics. */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class OperationsTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", notNullValue())
                .body("paths.keySet()", hasItems("/deals", "/exercises", "/recognitions", "/facts", "/facts/{factId}",
                        "/actors/{iso3}", "/relations/{a}/{b}", "/articles/{articleId}/events", "/events", "/stream"))
                .body("paths.'/deals'.get.parameters.name", hasItems("actor", "pair", "from", "to", "category",
                        "minValue", "currency", "minSources", "sort", "cursor", "limit"))
                .body("paths.'/deals'.get.responses.'200'.content.'application/json'.examples", notNullValue())
                .body("paths.'/deals'.get.responses.'400'.content.'application/problem+json'.schema", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void prometheusMetricsIncludeHttpTimings() {
        given().when().get("/deals").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/deals\""))
                .body(containsString("newsevents_stream_subscribers"));
    }
}
