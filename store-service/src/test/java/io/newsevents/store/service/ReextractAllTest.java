package io.newsevents.store.service;

import io.newsevents.events.Article;
import io.newsevents.events.Json;
import io.newsevents.events.Topics;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static io.newsevents.store.StoreTestSupport.readAll;
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
