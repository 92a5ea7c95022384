package io.newsevents.store.service;

import io.newsevents.events.Actor;
import io.newsevents.events.Article;
import io.newsevents.events.DealSigned;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.Topics;
import io.newsevents.store.FakeExtractService;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.newsevents.store.Fixtures.V1;
import static io.newsevents.store.Fixtures.V2;
import static io.newsevents.store.Fixtures.deal;
import static io.newsevents.store.Fixtures.exercise;
import static io.newsevents.store.Fixtures.usd;
import static io.newsevents.store.StoreTestSupport.count;
import static io.newsevents.store.StoreTestSupport.factsWith;
import static io.newsevents.store.StoreTestSupport.readAll;
import static io.newsevents.store.StoreTestSupport.uniqueOrganization;
import static io.newsevents.store.StoreTestSupport.send;
import static io.newsevents.store.StoreTestSupport.uniqueArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Re-extract all: the latest version of every article goes back on the articles topic for extract-service. */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class ReextractAllTest {

    /**
     * The whole loop with a stand-in extract-service: v1 reads a planned drill as held and misses the value; after
     * v2 is deployed, re-extract all brings the state to what v2 reads, with no v1 source left.
     */
    @Test
    void anImprovedExtractorChangesTheStateWithNothingStale() throws Exception {
        Actor yard = uniqueOrganization("Keel");
        Actor norway = Actor.state("Norway", "NOR");
        String token = yard.name();
        FakeExtractService.Extractor v1 = new FakeExtractService.Extractor(V1, article -> {
            if (!article.text().contains(token)) {
                return List.of();
            }
            List<NewsEvent> events = new java.util.ArrayList<>();
            events.add(deal(article.id(), "2026", null, List.of(), V1, yard, norway));
            if (article.text().contains("drill")) {
                events.add(exercise(article.id(), "2026", null, V1, yard, norway));
            }
            return events;
        });
        FakeExtractService.Extractor v2 = new FakeExtractService.Extractor(V2, article -> {
            if (!article.text().contains(token)) {
                return List.of();
            }
            DealSigned deal = deal(article.id(), "2026", null, List.of(), V2, yard, norway);
            return List.of(new DealSigned(deal.eventId(), 1, deal.articleId(), deal.date(), deal.evidence(), 0.9, V2,
                    deal.parties(), usd(5_000_000L), List.of("barges"), "arms"));
        });
        String withDrill = uniqueArticle("improve");
        String plain = uniqueArticle("improve");
        try (FakeExtractService extractService = new FakeExtractService(v1)) {
            send(Topics.ARTICLES, withDrill, Json.write(new Article(withDrill, null, null, "2026-05-01",
                    token + " signed a contract with Norway. The two navies will hold a drill next year.")));
            send(Topics.ARTICLES, plain, Json.write(new Article(plain, null, null, "2026-05-02",
                    token + " signed a contract with Norway for barges.")));
            await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM fact_source"
                    + " WHERE article_id IN (?, ?)", withDrill, plain) == 3);
            assertThat(factsWith(yard.key())).extracting(f -> f.get("type"))
                    .containsExactlyInAnyOrder("DealSigned", "ExerciseHeld");

            extractService.deploy(v2);
            given().post("/admin/reextract").then().statusCode(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM fact_source"
                    + " WHERE article_id IN (?, ?) AND extractor_version = ?", withDrill, plain, V2.version()) == 2
                    && factsWith(yard.key()).size() == 1);
        }
        List<Map<String, Object>> facts = factsWith(yard.key());
        assertThat(facts.get(0).get("type")).isEqualTo("DealSigned");
        assertThat(facts.get(0).get("value_amount")).isEqualTo(5_000_000L);
        assertThat(facts.get(0).get("source_count")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM fact_source WHERE article_id IN (?, ?) AND extractor_version <> ?",
                withDrill, plain, V2.version())).as("stale sources").isZero();
        given().get("/admin/reextract").then().body("state", equalTo("done"));
    }

    @Test
    void theLatestRecordOfEachArticleIsRepublishedOnce() {
        String first = uniqueArticle("art");
        String second = uniqueArticle("art");
        String original = Json.write(new Article(first, null, "Draft", "2026-01-02", "Two navies held a drill."));
        String corrected = Json.write(new Article(first, null, "Fixed", "2026-01-02", "Two navies held a joint drill."));
        String other = Json.write(new Article(second, null, null, null, "A ministry signed a contract."));
        send(Topics.ARTICLES, first, original);
        send(Topics.ARTICLES, first, corrected);
        send(Topics.ARTICLES, second, other);

        given().post("/admin/reextract").then().statusCode(202).body("operation", equalTo("reextract"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(
                given().get("/admin/reextract").then().statusCode(200).extract().path("state")));
        given().get("/admin/reextract").then().body("state", equalTo("done"))
                .body("counters.republished", equalTo(given().get("/admin/reextract").then().extract()
                        .path("counters.articles")));

        List<ConsumerRecord<String, String>> republished = readAll(Topics.ARTICLES).stream()
                .filter(r -> r.headers().lastHeader(ReextractService.REQUEST_HEADER) != null)
                .filter(r -> first.equals(r.key()) || second.equals(r.key()))
                .collect(Collectors.toList());
        assertThat(republished).extracting(ConsumerRecord::value).containsExactlyInAnyOrder(corrected, other);
    }
}
