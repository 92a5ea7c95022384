package io.newsevents.store.kafka;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.Json;
import io.newsevents.events.RecognitionWithheld;
import io.newsevents.events.Topics;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.newsevents.store.Fixtures.V1;
import static io.newsevents.store.Fixtures.deal;
import static io.newsevents.store.Fixtures.exercise;
import static io.newsevents.store.Fixtures.recognition;
import static io.newsevents.store.Fixtures.usd;
import static io.newsevents.store.StoreTestSupport.awaitConsumed;
import static io.newsevents.store.StoreTestSupport.count;
import static io.newsevents.store.StoreTestSupport.factsWith;
import static io.newsevents.store.StoreTestSupport.producer;
import static io.newsevents.store.StoreTestSupport.publish;
import static io.newsevents.store.StoreTestSupport.readAll;
import static io.newsevents.store.StoreTestSupport.rows;
import static io.newsevents.store.StoreTestSupport.send;
import static io.newsevents.store.StoreTestSupport.uniqueArticle;
import static io.newsevents.store.StoreTestSupport.uniqueOrganization;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** The consumer against the real broker and database: events in, log rows and projected facts out. */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class StoreConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void eachEventTypeIsLoggedAndProjectedWithItsSource() {
        String article = uniqueArticle("consume");
        Actor buyer = uniqueOrganization("Buyer");
        Actor drillHost = uniqueOrganization("Navy");
        Actor withholder = uniqueOrganization("Council");
        DealSigned deal = deal(article, "2025-02-11", usd(75_000_000L), List.of("trucks"), V1, buyer,
                Actor.state("Chile", "CHL"));
        ExerciseHeld drill = exercise(article, "2025", null, V1, drillHost, Actor.state("Peru", "PER"));
        RecognitionWithheld recognition = recognition(article, V1, withholder, Actor.other("Eastland"));
        publish(deal);
        publish(drill);
        publish(recognition);

        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source WHERE article_id = ?", article) == 3);

        Map<String, Object> logged = rows("SELECT * FROM event_log WHERE event_id = ?", deal.eventId()).get(0);
        assertThat(logged.get("type")).isEqualTo("DealSigned");
        assertThat(logged.get("schema_version")).isEqualTo(1);
        assertThat(logged.get("kafka_topic")).isEqualTo(Topics.DEAL_SIGNED);
        assertThat(logged.get("kafka_partition")).isNotNull();
        assertThat(logged.get("kafka_offset")).isNotNull();
        assertThat(Json.read(logged.get("payload").toString(), DealSigned.class)).isEqualTo(deal);
        assertThat(count("SELECT count(*) FROM consumer_checkpoint WHERE kafka_topic = ? AND kafka_partition = ?"
                + " AND next_offset > ?", Topics.DEAL_SIGNED, logged.get("kafka_partition"), logged.get("kafka_offset")))
                .isEqualTo(1);

        Map<String, Object> fact = factsWith(buyer.key()).get(0);
        assertThat(fact.get("type")).isEqualTo("DealSigned");
        assertThat(fact.get("date")).isEqualTo("2025-02-11");
        assertThat(fact.get("date_from").toString()).isEqualTo("2025-02-11");
        assertThat(fact.get("value_amount")).isEqualTo(75_000_000L);
        assertThat(fact.get("value_currency")).isEqualTo("USD");
        assertThat(fact.get("items").toString()).contains("trucks");
        assertThat(fact.get("category")).isEqualTo("arms");
        assertThat(fact.get("source_count")).isEqualTo(1);
        assertThat(rows("SELECT actor_key, role FROM fact_actor WHERE fact_id = ? ORDER BY position",
                fact.get("fact_id"))).extracting(r -> r.get("actor_key") + "/" + r.get("role"))
                .containsExactly(buyer.key() + "/party", "CHL/party");
        Map<String, Object> source = rows("SELECT * FROM fact_source WHERE fact_id = ?", fact.get("fact_id")).get(0);
        assertThat(source.get("article_id")).isEqualTo(article);
        assertThat(source.get("evidence_text")).isEqualTo(deal.evidence().text());
        assertThat(source.get("evidence_start")).isEqualTo(deal.evidence().start());
        assertThat(source.get("evidence_end")).isEqualTo(deal.evidence().end());
        assertThat(source.get("confidence")).isEqualTo(0.9);
        assertThat(source.get("extractor_version")).isEqualTo(V1.version());

        assertThat(rows("SELECT withholder_key, target_key FROM non_recognition WHERE withholder_key = ?",
                withholder.key())).extracting(r -> r.get("target_key")).containsExactly("eastland");
        assertThat(rows("SELECT e.name FROM exercises e JOIN fact_actor a USING (fact_id) WHERE a.actor_key = ?",
                drillHost.key())).hasSize(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String article = uniqueArticle("redeliver");
        Actor party = uniqueOrganization("Shipyard");
        DealSigned event = deal(article, "2024", usd(10_000_000L), List.of(), V1, party, Actor.state("Peru", "PER"));
        publish(event);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source WHERE article_id = ?", article) == 1);
        List<Map<String, Object>> before = factsWith(party.key());
        double duplicatesBefore = metric("store_events_duplicates_total");

        publish(event);
        awaitConsumed(publish(event));
        assertThat(metric("store_events_duplicates_total")).isGreaterThanOrEqualTo(duplicatesBefore + 2);

        assertThat(count("SELECT count(*) FROM event_log WHERE event_id = ?", event.eventId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_revision WHERE event_id = ?", event.eventId())).isZero();
        assertThat(count("SELECT count(*) FROM fact_source WHERE event_id = ?", event.eventId())).isEqualTo(1);
        assertThat(factsWith(party.key())).isEqualTo(before);
    }

    @Test
    void theSameFactFromTwoArticlesIsOneFactWithTwoSources() {
        Actor party = uniqueOrganization("Dockworks");
        String first = uniqueArticle("first");
        String second = uniqueArticle("second");
        publish(deal(first, "2024-06", usd(300_000_000L), List.of(), V1, party, Actor.state("Norway", "NOR")));
        publish(deal(second, "2024", usd(300_000_000L), List.of(), V1, Actor.state("Norway", "NOR"), party));

        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source s JOIN fact_actor a USING (fact_id)"
                + " WHERE a.actor_key = ?", party.key()) == 2);
        List<Map<String, Object>> facts = factsWith(party.key());
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).get("source_count")).isEqualTo(2);
        assertThat(facts.get(0).get("date")).isEqualTo("2024-06");
        assertThat(rows("SELECT article_id FROM fact_source WHERE fact_id = ?", facts.get(0).get("fact_id")))
                .extracting(r -> r.get("article_id")).containsExactlyInAnyOrder(first, second);
        assertThat((java.sql.Timestamp) facts.get(0).get("first_seen"))
                .isBeforeOrEqualTo((java.sql.Timestamp) facts.get(0).get("last_seen"));
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String article = uniqueArticle("dlq");
        Actor party = uniqueOrganization("Arsenal");
        double deadBefore = metric("store_dead_letters_total");
        send(Topics.DEAL_SIGNED, article, "this is not JSON " + article);
        send(Topics.EXERCISE_HELD, article, "{\"type\":\"ParadeHeld\",\"schemaVersion\":1,\"eventId\":\"" + article + "\"}");
        String lonely = Json.write(deal(article, "2024", null, List.of(), V1, party, Actor.state("Chile", "CHL")))
                .replace(",{\"name\":\"Chile\",\"iso3\":\"CHL\",\"kind\":\"state\"}", "");
        send(Topics.DEAL_SIGNED, article, lonely);
        DealSigned good = deal(article, "2024", null, List.of(), V1, party, Actor.state("Peru", "PER"));
        publish(good);

        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source WHERE article_id = ?", article) == 1);
        await().atMost(WAIT).until(() -> readAll(Topics.EVENTS_DLQ).stream()
                .filter(r -> article.equals(r.key())).count() == 3);
        List<ConsumerRecord<String, String>> dead = readAll(Topics.EVENTS_DLQ).stream()
                .filter(r -> article.equals(r.key())).toList();
        assertThat(dead).extracting(ConsumerRecord::value).contains("this is not JSON " + article, lonely);
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader(Topics.DLQ_REASON_HEADER).value(),
                StandardCharsets.UTF_8)).anySatisfy(reason -> assertThat(reason).contains("unparseable"))
                .anySatisfy(reason -> assertThat(reason).contains("fewer than two distinct parties"))
                .anySatisfy(reason -> assertThat(reason).contains("not a NewsEvent"));
        assertThat(count("SELECT count(*) FROM event_log WHERE article_id = ?", article)).isEqualTo(1);
        assertThat(metric("store_dead_letters_total")).isGreaterThanOrEqualTo(deadBefore + 3);
    }

    @Test
    void aRecordTheDatabaseRejectsIsDeadLetteredAndItsBatchStillApplied() {
        String article = uniqueArticle("nul");
        Actor party = uniqueOrganization("Smelter");
        DealSigned before = deal(article, "2021", null, List.of(), V1, party, Actor.state("Chile", "CHL"));
        DealSigned after = deal(article, "2021", null, List.of(), V1, party, Actor.state("Peru", "PER"));
        // PostgreSQL refuses a NUL character in jsonb: valid JSON, but the transaction fails for this record only
        String rejected = Json.write(deal(article, "2021", null, List.of(), V1, party, Actor.state("Norway", "NOR")))
                .replace("signed a contract", "signed a\\u0000contract");
        assertThat(rejected).contains("\\u0000");
        // sent without waiting in between, so that the three are likely to be consumed in one batch
        for (String value : List.of(Json.write(before), rejected, Json.write(after))) {
            producer().send(new ProducerRecord<>(Topics.DEAL_SIGNED, article, value));
        }
        producer().flush();

        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source WHERE article_id = ?", article) == 2);
        await().atMost(WAIT).until(() -> readAll(Topics.EVENTS_DLQ).stream()
                .anyMatch(r -> article.equals(r.key()) && rejected.equals(r.value())));
        assertThat(count("SELECT count(*) FROM event_log WHERE article_id = ?", article)).isEqualTo(2);
    }

    @Test
    void aVersion0EventIsLoggedAsReceivedAndProjectedUpcast() {
        String article = uniqueArticle("v0");
        Actor party = uniqueOrganization("Legacy");
        String v0 = "{\"eventId\":\"ev-" + article + "\",\"type\":\"DealSigned\",\"articleId\":\"" + article + "\","
                + "\"date\":\"2019\",\"evidence\":{\"text\":\"An old-format deal.\",\"start\":0,\"end\":19},"
                + "\"confidence\":0.7,\"extractor\":{\"name\":\"old\",\"version\":\"0.1\"},"
                + "\"actors\":[" + Json.write(party) + ",{\"name\":\"Peru\",\"iso3\":\"PER\",\"kind\":\"state\"}],"
                + "\"value\":null,\"items\":[],\"category\":\"trade\"}";
        send(Topics.DEAL_SIGNED, article, v0);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM fact_source WHERE article_id = ?", article) == 1);
        Map<String, Object> logged = rows("SELECT schema_version, payload::text AS payload FROM event_log"
                + " WHERE article_id = ?", article).get(0);
        assertThat(logged.get("schema_version")).isEqualTo(0);
        assertThat(logged.get("payload").toString()).contains("\"actors\"");
        assertThat(rows("SELECT payload::text AS payload FROM claim WHERE article_id = ?", article).get(0)
                .get("payload").toString()).contains("\"parties\"", "\"schemaVersion\": 1");
        assertThat(rows("SELECT actor_key FROM fact_actor WHERE fact_id = ? ORDER BY position",
                factsWith(party.key()).get(0).get("fact_id"))).extracting(r -> r.get("actor_key"))
                .containsExactly(party.key(), "PER");
    }

    @Test
    void readinessChecksKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"))
                .body(containsString("Kafka connection health check"));
    }

    @Test
    void openApiDocumentsTheAdminOperations() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/admin/rebuild"))
                .body(containsString("/admin/facts"));
    }

    static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
