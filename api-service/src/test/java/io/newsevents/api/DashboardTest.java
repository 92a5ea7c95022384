package io.newsevents.api;

import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The dashboard page and its assets are served by api-service itself, d3 from the WebJar (no CDN). */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class DashboardTest {

    @Test
    void thePageHasTheStableHooksTheBrowserTestUses() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"graph\""))
                .body(containsString("id=\"timeline\""))
                .body(containsString("id=\"fact-table\""))
                .body(containsString("id=\"search\""))
                .body(containsString("id=\"live-status\""))
                .body(containsString("/webjars/d3/7.9.0/dist/d3.min.js"))
                .body(not(containsString("://cdn")))
                .body(not(containsString("https://")));
    }

    @Test
    void scriptsAndStylesAreServedLocally() {
        given().when().get("/webjars/d3/7.9.0/dist/d3.min.js")
                .then().statusCode(200).body(containsString("forceSimulation"));
        given().when().get("/dashboard.js")
                .then().statusCode(200)
                .body(containsString("new EventSource(\"/stream\""))
                .body(containsString("X-Stream-Position"))
                .body(containsString("dataset.factId"));
        given().when().get("/dashboard.css").then().statusCode(200).body(containsString("#live-status"));
    }

    @Test
    void dashboardPathLeadsToThePage() {
        given().redirects().follow(false).when().get("/dashboard")
                .then().statusCode(302).header("Location", endsWith("/"));
    }
}
