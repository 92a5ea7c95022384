package io.newsevents.store.service;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.newsevents.store.Fixtures.V1;
import static io.newsevents.store.Fixtures.V2;
import static io.newsevents.store.Fixtures.deal;
import static io.newsevents.store.Fixtures.exercise;
import static io.newsevents.store.Fixtures.recognition;
import static io.newsevents.store.Fixtures.usd;
import static io.newsevents.store.StoreTestSupport.count;
import static io.newsevents.store.StoreTestSupport.publish;
import static io.newsevents.store.StoreTestSupport.publishMarker;
import static io.newsevents.store.StoreTestSupport.rows;
import static io.newsevents.store.StoreTestSupport.uniqueArticle;
import static io.newsevents.store.StoreTestSupport.uniqueOrganization;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The projections dropped and rebuilt from the logs equal the live ones, row for row. */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class RebuildTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String FACTS = "SELECT fact_id, type, date, date_from, date_to, category, value_amount,"
            + " value_currency, items::text, name, location, source_count, first_seen, last_seen, group_key"
            + " FROM fact ORDER BY fact_id";
    private static final String ACTORS = "SELECT * FROM fact_actor ORDER BY fact_id, role, actor_key";
    private static final String SOURCES = "SELECT * FROM fact_source ORDER BY fact_id, event_id";
    private static final String CLAIMS = "SELECT event_id, article_id, type, group_key, payload::text, active,"
            + " recorded_at FROM claim ORDER BY event_id";

    @Test
    void theRebuiltStateEqualsTheLiveState() {
        // a state with merges, a revision and a retired claim
        Actor party = uniqueOrganization("Foundry");
        String a = uniqueArticle("rebuild-a");
        String b = uniqueArticle("rebuild-b");
        DealSigned first = deal(a, "2024", null, List.of(), V1, party, Actor.state("Chile", "CHL"));
        publish(first);
        publish(deal(b, "2024-09", usd(55_000_000L), List.of("rifles"), V1, Actor.state("Chile", "CHL"), party));
        publish(exercise(a, "2024", null, V1, party, Actor.state("Peru", "PER")));
        publish(recognition(b, V1, party, Actor.other("Southland")));
        DealSigned revised = new DealSigned(first.eventId(), 1, a, "2024", first.evidence(), 0.99, V2,
                first.parties(), null, List.of("rifles"), "arms");
        publishMarker(a, V2, "2026-04-01T00:00:00Z", revised);
        publish(revised);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source WHERE article_id IN (?, ?)", a, b) == 3
                && count("SELECT count(*) FROM fact_source WHERE event_id = ? AND extractor_version = ?",
                first.eventId(), V2.version()) == 1);

        List<Map<String, Object>> facts = rows(FACTS);
        List<Map<String, Object>> actors = rows(ACTORS);
        List<Map<String, Object>> sources = rows(SOURCES);
        List<Map<String, Object>> claims = rows(CLAIMS);
        assertThat(facts).isNotEmpty();

        given().post("/admin/rebuild").then().statusCode(202).body("operation", equalTo("rebuild"));
        await().atMost(WAIT).until(() -> "done".equals(given().get("/admin/rebuild").then().statusCode(200)
                .extract().path("state")));
        given().get("/admin/rebuild").then().body("counters.groupsProjected",
                equalTo(given().get("/admin/rebuild").then().extract().path("counters.groupsTotal")));

        assertThat(rows(FACTS)).isEqualTo(facts);
        assertThat(rows(ACTORS)).isEqualTo(actors);
        assertThat(rows(SOURCES)).isEqualTo(sources);
        assertThat(rows(CLAIMS)).isEqualTo(claims);
        assertThat(count("SELECT count(*) FROM fact_source WHERE article_id = ? AND extractor_version = ?", a,
                V1.version())).as("the retired v1 exercise of article a").isZero();
    }

    @Test
    void aRebuildWhileEventsArriveLosesNothing() {
        Actor party = uniqueOrganization("Busy");
        List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent =
                new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            DealSigned event = deal(uniqueArticle("busy"), "2020", usd(1_000_000L * (1 + i % 4) * 10), List.of(), V1,
                    party, Actor.state("Norway", "NOR"));
            sent.add(io.newsevents.store.StoreTestSupport.producer().send(new org.apache.kafka.clients.producer
                    .ProducerRecord<>(event.topic(), event.articleId(), io.newsevents.events.Json.write(event))));
            if (i == 10) {
                await().atMost(WAIT).until(() -> !"running".equals(given().get("/admin/rebuild").then()
                        .extract().path("state")));
                given().post("/admin/rebuild").then().statusCode(202);
            }
        }
        await().atMost(WAIT).until(() -> sent.stream().allMatch(java.util.concurrent.Future::isDone)
                && !"running".equals(given().get("/admin/rebuild").then().extract().path("state"))
                && count("SELECT count(*) FROM fact_source s JOIN fact_actor a USING (fact_id)"
                + " WHERE a.actor_key = ?", party.key()) == 40);
        assertThat(count("SELECT sum(source_count) FROM fact f JOIN fact_actor a USING (fact_id)"
                + " WHERE a.actor_key = ?", party.key())).isEqualTo(40);
        assertThat(count("SELECT count(*) FROM fact f JOIN fact_actor a USING (fact_id) WHERE a.actor_key = ?",
                party.key())).as("four values, four deals").isEqualTo(4);
        List<Map<String, Object>> facts = rows(FACTS);
        given().post("/admin/rebuild").then().statusCode(202);
        await().atMost(WAIT).until(() -> "done".equals(given().get("/admin/rebuild").then().extract().path("state")));
        assertThat(rows(FACTS)).isEqualTo(facts);
    }

    @Test
    void theStateReplayedFromTheLogMatchesTheProjection() {
        int replayed = given().get("/admin/facts").then().statusCode(200).extract().path("size()");
        assertThat((long) replayed).isEqualTo(count("SELECT count(*) FROM fact"));
    }

    @Test
    void factsCanBeSelectedByTheirOwnDates() {
        Actor unit = uniqueOrganization("Range");
        publish(exercise(uniqueArticle("range"), "2019-06", null, V1, unit, Actor.state("Peru", "PER")));
        publish(exercise(uniqueArticle("range"), "2021-02-14", null, V1, unit, Actor.state("Peru", "PER")));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact f JOIN fact_actor a USING (fact_id)"
                + " WHERE a.actor_key = ?", unit.key()) == 2);
        given().queryParam("actor", unit.key()).queryParam("from", "2019-06-30").queryParam("to", "2020-12-31")
                .get("/admin/facts").then().statusCode(200).body("date", org.hamcrest.Matchers.contains("2019-06"));
        given().queryParam("actor", unit.key()).queryParam("from", "2021-01-01")
                .get("/admin/facts").then().statusCode(200).body("date", org.hamcrest.Matchers.contains("2021-02-14"));
    }

    @Test
    void badTimesAreProblems() {
        given().queryParam("asOf", "yesterday").get("/admin/facts").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Invalid asOf"));
    }
}
