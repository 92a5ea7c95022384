package io.newsevents.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With no broker reachable, nothing is reported as accepted and the service is not ready. */
@QuarkusTest
@TestProfile(KafkaDownTest.NoBroker.class)
class KafkaDownTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // nothing listens on port 1
                    "kafka.bootstrap.servers", "localhost:1",
                    "ingest.publish-timeout", "2s",
                    "mp.messaging.outgoing.articles-out.max.block.ms", "1000",
                    "mp.messaging.outgoing.articles-out.request.timeout.ms", "1000",
                    "mp.messaging.outgoing.articles-out.delivery.timeout.ms", "1500",
                    "mp.messaging.outgoing.articles-out.close-timeout", "1000",
                    "newsevents.topics.retry-interval", "1s");
        }
    }

    @Test
    void articlesAreNotAcceptedWhenKafkaDoesNotAcknowledge() {
        ExtractableResponse<Response> response = given().contentType("application/json")
                .body("{\"text\":\"Nobody will read this article.\"}")
                .when().post("/articles").then().extract();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:newsevents:problem:kafka-unavailable");
        assertThat(response.jsonPath().getString("accepted")).isNull();
    }

    @Test
    void readinessIsDown() {
        ExtractableResponse<Response> response = given().when().get("/q/health/ready").then().extract();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.jsonPath().getString("status")).isEqualTo("DOWN");
    }
}
