package io.newsevents.api;

import io.newsevents.events.Actor;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Issue 2: the fact lists, the state profile and the article's events, read from facts written into the real
 * database the way store-service projects them (invented Nordic facts).
 */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class FactEndpointsTest {

    static final Actor NORWAY = Fixtures.state("Norway", "NOR");
    static final Actor SWEDEN = Fixtures.state("Sweden", "SWE");
    static final Actor FINLAND = Fixtures.state("Finland", "FIN");
    static final String DEAL_SENTENCE = "Norway and Sweden signed a contract worth 1.2 billion euros for 40 snow tracks.";

    private static boolean inserted;

    @BeforeAll
    static void facts() throws Exception {
        if (inserted) {
            return;
        }
        inserted = true;
        Fixtures.deal("fe-deal-nor-swe", "2024-05", List.of(NORWAY, SWEDEN))
                .value(1_200_000_000L, "EUR").items("snow tracks").category("arms")
                .source("fe-article-1", DEAL_SENTENCE, 10)
                .source("fe-article-2", "Oslo bought 40 snow tracks from Stockholm in May.", 0)
                .insert();
        Fixtures.exercise("fe-ex-nor-fin", "2024-03", List.of(NORWAY, FINLAND))
                .name("Polar Lynx").location("Lapland")
                .source("fe-article-1", "Finnish and Norwegian troops held the Polar Lynx drill in Lapland.", 90)
                .insert();
        Fixtures.recognition("fe-rec-swe-atl", "2023", SWEDEN, Actor.other("Atlantis"))
                .source("fe-article-3", "Sweden does not recognise Atlantis.", 0)
                .insert();
        Fixtures.recognition("fe-rec-nor-atl", null, NORWAY, Actor.other("Atlantis"))
                .source("fe-article-3", "Norway has never recognised Atlantis either.", 40)
                .insert();
        // a claim a later re-extraction of the article withdrew: the log keeps it, its fact left the state
        Fixtures.recognition("fe-rec-fin-atl", null, FINLAND, Actor.other("Atlantis"))
                .source("fe-article-3", "Finland, too, is said to doubt Atlantis.", 90)
                .insert();
        try (java.sql.Connection connection = Fixtures.connect();
             java.sql.PreparedStatement withdraw = connection.prepareStatement("DELETE FROM fact WHERE fact_id = ?")) {
            withdraw.setString(1, "fe-rec-fin-atl");
            withdraw.executeUpdate();
        }
    }

    @Test
    void dealsCarryActorsValueItemsAndEverySource() {
        given().queryParam("actor", "SWE")
                .when().get("/deals")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("items.factId", contains("fe-deal-nor-swe"))
                .body("items[0].type", equalTo("DealSigned"))
                .body("items[0].date", equalTo("2024-05"))
                .body("items[0].value.amount", equalTo(1_200_000_000))
                .body("items[0].value.currency", equalTo("EUR"))
                .body("items[0].items", contains("snow tracks"))
                .body("items[0].category", equalTo("arms"))
                .body("items[0].actors.iso3", contains("NOR", "SWE"))
                .body("items[0].actors.role", contains("party", "party"))
                .body("items[0].actors[0].keySet()", contains("name", "iso3", "kind", "role"))
                .body("items[0].sourceCount", equalTo(2))
                .body("items[0].firstSeen", notNullValue())
                .body("items[0].lastSeen", notNullValue())
                .body("items[0].sources.articleId", containsInAnyOrder("fe-article-1", "fe-article-2"))
                .body("items[0].sources.find { it.articleId == 'fe-article-1' }.evidence.text", equalTo(DEAL_SENTENCE))
                .body("items[0].sources.find { it.articleId == 'fe-article-1' }.evidence.start", equalTo(10))
                .body("items[0].sources.find { it.articleId == 'fe-article-1' }.evidence.end",
                        equalTo(10 + DEAL_SENTENCE.length()))
                .body("items[0].sources[0].extractor.name", equalTo("fixture"))
                .body("items[0].sources[0].confidence", equalTo(0.9f))
                .body("items[0].name", equalTo(null))
                .body("items[0].withholder", equalTo(null));
    }

    @Test
    void actorFilterSelectsOnlyThatStatesFacts() {
        given().queryParam("actor", "FIN").when().get("/deals")
                .then().statusCode(200).body("items", empty());
        given().queryParam("actor", "fin").when().get("/exercises")
                .then().statusCode(200)
                .body("items.factId", contains("fe-ex-nor-fin"))
                .body("items[0].name", equalTo("Polar Lynx"))
                .body("items[0].location", equalTo("Lapland"))
                .body("items[0].actors.role", contains("participant", "participant"))
                .body("items[0].value", equalTo(null));
    }

    @Test
    void recognitionsNameWithholderAndTarget() {
        given().queryParam("actor", "SWE").when().get("/recognitions")
                .then().statusCode(200)
                .body("items.factId", contains("fe-rec-swe-atl"))
                .body("items[0].withholder.iso3", equalTo("SWE"))
                .body("items[0].withholder.role", equalTo("withholder"))
                .body("items[0].target.name", equalTo("Atlantis"))
                .body("items[0].target.iso3", equalTo(null))
                .body("items[0].sources[0].evidence.text", equalTo("Sweden does not recognise Atlantis."));
    }

    @Test
    void actorProfileHasEverythingAboutOneState() {
        given().when().get("/actors/NOR")
                .then().statusCode(200)
                .body("iso3", equalTo("NOR"))
                .body("name", equalTo("Norway"))
                .body("deals.count", equalTo(1))
                .body("deals.facts.factId", contains("fe-deal-nor-swe"))
                .body("deals.totals[0].currency", equalTo("EUR"))
                .body("deals.totals[0].amount", equalTo(1_200_000_000))
                .body("exercises.facts.factId", contains("fe-ex-nor-fin"))
                .body("recognition.withholds.facts.factId", contains("fe-rec-nor-atl"))
                .body("recognition.withheldBy.count", equalTo(0))
                .body("partners.key", hasItem("SWE"))
                .body("partners.find { it.key == 'SWE' }.deals", equalTo(1))
                .body("partners.find { it.key == 'FIN' }.exercises", equalTo(1))
                .body("partners.find { it.key == 'atlantis' }.recognitions", equalTo(1));
    }

    @Test
    void aStateWithoutFactsHasAnEmptyProfile() {
        given().when().get("/actors/ISL")
                .then().statusCode(200)
                .body("iso3", equalTo("ISL"))
                .body("deals.count", equalTo(0))
                .body("partners", empty());
    }

    @Test
    void articleEventsAreTheRawLogInOrder() {
        given().when().get("/articles/fe-article-3/events")
                .then().statusCode(200)
                .body("", hasSize(3))
                .body("eventId", contains("fe-rec-swe-atl-e1", "fe-rec-nor-atl-e1", "fe-rec-fin-atl-e1"))
                .body("active", contains(true, true, false))
                .body("factId", contains("fe-rec-swe-atl", "fe-rec-nor-atl", null))
                .body("[0].type", equalTo("RecognitionWithheld"))
                .body("[0].payload.withholder.iso3", equalTo("SWE"))
                .body("[0].payload.evidence.text", equalTo("Sweden does not recognise Atlantis."))
                .body("[0].kafkaTopic", equalTo("events.recognition-withheld"))
                .body("[0].position", notNullValue());
        given().when().get("/articles/fe-no-such-article/events")
                .then().statusCode(200).body("", empty());
    }

    @Test
    void theEventLogPagesThroughATimeRangeInOrder() {
        long first = given().when().get("/articles/fe-article-1/events").then().statusCode(200)
                .extract().jsonPath().getLong("[0].position");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        io.restassured.path.json.JsonPath page = given()
                .queryParam("from", today.minusDays(1).toString()).queryParam("to", today.plusDays(1).toString())
                .queryParam("after", first - 1).queryParam("limit", 2)
                .when().get("/events").then().statusCode(200).extract().jsonPath();
        List<Long> positions = page.getList("items.position", Long.class);
        org.assertj.core.api.Assertions.assertThat(positions).hasSize(2).first().isEqualTo(first);
        org.assertj.core.api.Assertions.assertThat(positions.get(1)).isGreaterThan(first);
        org.assertj.core.api.Assertions.assertThat(page.getString("nextCursor")).isEqualTo(positions.get(1).toString());
        org.assertj.core.api.Assertions.assertThat(page.getString("next")).startsWith("/events?").contains("after=" + positions.get(1));
        given().queryParam("to", "2000-01-01").when().get("/events")
                .then().statusCode(200).body("items", empty()).body("nextCursor", equalTo(null));
    }

    @Test
    void oneFactWithAllItsSources() {
        given().when().get("/facts/fe-deal-nor-swe")
                .then().statusCode(200)
                .body("factId", equalTo("fe-deal-nor-swe"))
                .body("sources", hasSize(2));
        given().when().get("/facts/fe-no-such-fact")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
