package io.newsevents.store.service;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.RecognitionWithheld;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.newsevents.store.Fixtures.V1;
import static io.newsevents.store.Fixtures.V2;
import static io.newsevents.store.Fixtures.deal;
import static io.newsevents.store.Fixtures.exercise;
import static io.newsevents.store.Fixtures.recognition;
import static io.newsevents.store.Fixtures.usd;
import static io.newsevents.store.StoreTestSupport.awaitConsumed;
import static io.newsevents.store.StoreTestSupport.count;
import static io.newsevents.store.StoreTestSupport.factsWith;
import static io.newsevents.store.StoreTestSupport.publish;
import static io.newsevents.store.StoreTestSupport.publishMarker;
import static io.newsevents.store.StoreTestSupport.rows;
import static io.newsevents.store.StoreTestSupport.uniqueArticle;
import static io.newsevents.store.StoreTestSupport.uniqueOrganization;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/**
 * An article extracted again by an improved extractor: its new events and marker replace its old claims, with
 * nothing stale left in the current state, and the old state still readable as of a time before.
 */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class ReExtractionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anImprovedExtractorReplacesTheArticlesClaims() {
        String article = uniqueArticle("reextract");
        String other = uniqueArticle("corroborating");
        Actor yard = uniqueOrganization("Yard");
        Actor fleet = uniqueOrganization("Fleet");
        Actor assembly = uniqueOrganization("Assembly");
        Actor peru = Actor.state("Peru", "PER");

        // v1: a deal without its value and an exercise that v2 will recognise as only planned
        DealSigned dealV1 = deal(article, "2025", null, List.of(), V1, yard, peru);
        ExerciseHeld drillV1 = exercise(article, "2025", null, V1, fleet, peru);
        publish(dealV1);
        publish(drillV1);
        publishMarker(article, V1, "2026-01-01T10:00:00Z", dealV1, drillV1);
        publish(deal(other, "2025-03", usd(42_000_000L), List.of(), V1, peru, yard));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source WHERE article_id IN (?, ?)",
                article, other) == 3);
        assertThat(factsWith(fleet.key())).hasSize(1);
        Instant beforeV2 = Instant.now();

        // v2: the same deal (same event id) now with its value, no exercise, a new non-recognition;
        // the marker arrives before the new event it lists
        DealSigned dealV2 = new DealSigned(dealV1.eventId(), 1, article, "2025-03", dealV1.evidence(), 0.97, V2,
                dealV1.parties(), usd(42_500_000L), List.of("tugboats"), "arms");
        RecognitionWithheld newClaim = recognition(article, V2, assembly, Actor.other("Westland"));
        publishMarker(article, V2, "2026-02-01T10:00:00Z", dealV2, newClaim);
        publish(dealV2);
        publish(newClaim);

        await().atMost(WAIT).until(() -> factsWith(fleet.key()).isEmpty() && factsWith(assembly.key()).size() == 1
                && count("SELECT count(*) FROM fact_source WHERE article_id = ? AND extractor_version = ?",
                article, V2.version()) == 2);

        List<Map<String, Object>> deals = factsWith(yard.key());
        assertThat(deals).hasSize(1);
        assertThat(deals.get(0).get("source_count")).isEqualTo(2);
        assertThat(deals.get(0).get("value_amount")).as("the more confident v2 figure").isEqualTo(42_500_000L);
        assertThat(deals.get(0).get("items").toString()).contains("tugboats");
        assertThat(count("SELECT count(*) FROM fact_source WHERE article_id = ? AND extractor_version <> ?",
                article, V2.version())).as("stale sources").isZero();
        // the log keeps everything: the retired exercise and the first payload of the revised deal
        assertThat(count("SELECT count(*) FROM event_log WHERE event_id = ?", drillV1.eventId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_revision WHERE event_id = ?", dealV1.eventId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM claim WHERE event_id = ? AND NOT active", drillV1.eventId()))
                .isEqualTo(1);

        // a late redelivery of the retired v1 event changes nothing
        awaitConsumed(publish(drillV1));
        assertThat(factsWith(fleet.key())).isEmpty();
        assertThat(count("SELECT count(*) FROM fact_source WHERE event_id = ?", drillV1.eventId())).isZero();

        // as of before v2 the exercise was known and the deal had v1's source
        given().queryParam("asOf", beforeV2.toString()).queryParam("actor", fleet.key())
                .get("/admin/facts").then().statusCode(200).body("$", hasSize(1))
                .body("[0].type", org.hamcrest.Matchers.equalTo("ExerciseHeld"));
        given().queryParam("asOf", beforeV2.toString()).queryParam("actor", assembly.key())
                .get("/admin/facts").then().statusCode(200).body("$", hasSize(0));
        given().queryParam("asOf", beforeV2.toString()).queryParam("actor", yard.key()).queryParam("type", "DealSigned")
                .get("/admin/facts").then().statusCode(200).body("$", hasSize(1))
                .body("[0].sources.extractor.version", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo(V1.version())));
    }

    @Test
    void theLatestPayloadOfAnEventIdWinsEvenWhenAnExtractorIsRolledBack() {
        String article = uniqueArticle("rollback");
        Actor yard = uniqueOrganization("Wharf");
        DealSigned v1 = deal(article, "2023", null, List.of(), V1, yard, Actor.state("Chile", "CHL"));
        DealSigned v2 = new DealSigned(v1.eventId(), 1, article, "2023-05", v1.evidence(), 0.95, V2, v1.parties(),
                usd(9_000_000L), List.of(), "arms");
        publish(v1);
        publish(v2);
        publish(v1); // rolled back to the first extractor
        awaitConsumed(publish(v1)); // redelivered: a duplicate of the current payload
        assertThat(count("SELECT count(*) FROM event_revision WHERE event_id = ?", v1.eventId())).isEqualTo(2);
        assertThat(rows("SELECT extractor_version FROM fact_source WHERE event_id = ?", v1.eventId()))
                .extracting(r -> r.get("extractor_version")).containsExactly(V1.version());
    }

    @Test
    void eventsThatArriveAfterTheirMarkerAreProjected() {
        String article = uniqueArticle("late");
        Actor unit = uniqueOrganization("Unit");
        ExerciseHeld drill = exercise(article, "2024-04", "Cold Harbour", V1, unit, Actor.state("Norway", "NOR"));
        publishMarker(article, V1, "2026-01-05T00:00:00Z", drill);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM extraction_log WHERE article_id = ?", article) == 1);
        publish(drill);
        await().atMost(WAIT).until(() -> factsWith(unit.key()).size() == 1);
        assertThat(rows("SELECT active FROM claim WHERE event_id = ?", drill.eventId()).get(0).get("active"))
                .isEqualTo(true);
    }

    @Test
    void anOlderMarkerArrivingLateDoesNotBringBackRetiredClaims() {
        String article = uniqueArticle("older");
        Actor unit = uniqueOrganization("Brigade");
        ExerciseHeld drill = exercise(article, "2024", null, V1, unit, Actor.state("Chile", "CHL"));
        publish(drill);
        publishMarker(article, V2, "2026-03-01T00:00:00Z"); // the newer extraction finds nothing
        publishMarker(article, V1, "2026-02-01T00:00:00Z", drill); // the older one, delivered late
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM extraction_log WHERE article_id = ?", article) == 2
                && count("SELECT count(*) FROM claim WHERE event_id = ?", drill.eventId()) == 1);
        assertThat(factsWith(unit.key())).isEmpty();
        assertThat(rows("SELECT active FROM claim WHERE event_id = ?", drill.eventId()).get(0).get("active"))
                .isEqualTo(false);
    }
}
