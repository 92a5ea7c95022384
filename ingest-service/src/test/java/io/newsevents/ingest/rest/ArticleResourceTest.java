package io.newsevents.ingest.rest;

import io.newsevents.events.Article;
import io.newsevents.events.Json;
import io.newsevents.events.Topics;
import io.newsevents.kafka.TopicReader;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class,
        initArgs = @ResourceArg(name = LocalStackResource.POSTGRES_ARG, value = "false"))
class ArticleResourceTest {

    private static TopicReader<String> articles;

    @BeforeAll
    static void openReader() {
        articles = TopicReader.strings(LocalStackResource.kafka().bootstrapServers(), Topics.ARTICLES);
    }

    @AfterAll
    static void closeReader() {
        articles.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static ExtractableResponse<Response> post(String contentType, String body) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).when().post("/articles").then().extract();
    }

    private static Article onlyRecord(String key) {
        List<ConsumerRecord<String, String>> records = articles.withKey(key);
        assertThat(records).as("records keyed %s on %s", key, Topics.ARTICLES).hasSize(1);
        return Json.read(records.get(0).value(), Article.class);
    }

    @Test
    void oneArticleIsPublishedKeyedByItsIdOnce202() {
        String id = "test-single-" + unique();
        Article sent = new Article(id, "https://example.org/news/1", "A title", "2025-06-25",
                "Norway and Chile signed a fisheries cooperation agreement in Oslo. " + id);

        ExtractableResponse<Response> response = post("application/json", Json.write(sent));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.jsonPath().getInt("accepted")).isEqualTo(1);
        assertThat(response.jsonPath().getList("ids", String.class)).containsExactly(id);
        assertThat(onlyRecord(id)).isEqualTo(sent);
    }

    @Test
    void anArrayIsAcceptedWithIdsInInputOrder() {
        String run = unique();
        List<Article> sent = IntStream.range(0, 5)
                .mapToObj(i -> new Article(i == 2 ? null : "test-array-" + run + "-" + i, null, null, null,
                        "Article number " + i + " of run " + run + " reports nothing in particular."))
                .collect(Collectors.toList());
        List<String> expectedIds = sent.stream().map(a -> a.withDerivedId().id()).collect(Collectors.toList());

        ExtractableResponse<Response> response = post("application/json", Json.write(sent));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.jsonPath().getInt("accepted")).isEqualTo(5);
        assertThat(response.jsonPath().getList("ids", String.class)).containsExactlyElementsOf(expectedIds);
        assertThat(expectedIds.get(2)).startsWith("a-");
        for (int i = 0; i < sent.size(); i++) {
            assertThat(onlyRecord(expectedIds.get(i))).isEqualTo(sent.get(i).withDerivedId());
        }
    }

    @Test
    void jsonLinesAreAcceptedInBothMediaTypesSkippingBlankLines() {
        String run = unique();
        String body = "{\"id\":\"test-lines-" + run + "-1\",\"text\":\"First line article " + run + ".\"}\r\n"
                + "\n"
                + "   \n"
                + "{\"id\":\"test-lines-" + run + "-2\",\"text\":\"Second line article " + run + ".\"}\n";

        ExtractableResponse<Response> ndjson = post("application/x-ndjson", body);
        assertThat(ndjson.statusCode()).isEqualTo(202);
        assertThat(ndjson.jsonPath().getList("ids", String.class))
                .containsExactly("test-lines-" + run + "-1", "test-lines-" + run + "-2");

        ExtractableResponse<Response> jsonl = post("application/jsonl",
                "{\"id\":\"test-jsonl-" + run + "\",\"text\":\"A jsonl article " + run + ".\"}");
        assertThat(jsonl.statusCode()).isEqualTo(202);
        assertThat(jsonl.jsonPath().getList("ids", String.class)).containsExactly("test-jsonl-" + run);

        assertThat(onlyRecord("test-lines-" + run + "-1").text()).isEqualTo("First line article " + run + ".");
        assertThat(onlyRecord("test-lines-" + run + "-2").text()).isEqualTo("Second line article " + run + ".");
        assertThat(onlyRecord("test-jsonl-" + run).text()).isEqualTo("A jsonl article " + run + ".");
    }

    @Test
    void theSameArticleTwiceGetsTheSameDerivedId() {
        String text = "Greece does not recognise Kosovo, the minister repeated on " + unique() + ".";
        String body = Json.write(Map.of("title", "Recognition", "text", text));

        String first = post("application/json", body).jsonPath().getList("ids", String.class).get(0);
        String second = post("application/json", body).jsonPath().getList("ids", String.class).get(0);

        assertThat(first).isEqualTo(second).isEqualTo(new Article(null, null, null, null, text).withDerivedId().id());
        assertThat(articles.withKey(first)).hasSize(2)
                .allSatisfy(r -> assertThat(Json.read(r.value(), Article.class).id()).isEqualTo(first));
    }

    @Test
    void anInvalidBatchPublishesNothingAndListsEveryError() {
        String validId = "test-invalid-" + unique();
        String body = "["
                + "{\"id\":\"" + validId + "\",\"text\":\"This article alone would be fine.\"},"
                + "{\"title\":\"no text\"},"
                + "{\"text\":\"bad date\",\"published\":\"2025-02-30\",\"url\":\"ftp://example.org/x\"},"
                + "{\"id\":\"bad id with spaces\",\"text\":\"  \"},"
                + "42"
                + "]";

        ExtractableResponse<Response> response = post("application/json", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:newsevents:problem:invalid-articles");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        assertThat(errors).extracting(e -> e.get("index") + ":" + e.get("field")).containsExactly(
                "1:text", "2:published", "2:url", "3:text", "3:id", "4:null");
        assertThat(errors.get(0).get("message")).isEqualTo("text is required");

        // A sentinel with the same key goes to the same partition after anything the bad batch could have
        // written, so once it is acknowledged the topic shows whether the batch leaked.
        String sentinelText = "Sentinel published after the invalid batch.";
        assertThat(post("application/json", Json.write(new Article(validId, null, null, null, sentinelText)))
                .statusCode()).isEqualTo(202);
        assertThat(onlyRecord(validId).text()).isEqualTo(sentinelText);
    }

    @Test
    void jsonLinesErrorsNameTheirLineNumbers() {
        String body = "{\"text\":\"fine\"}\n"
                + "\n"
                + "{\"text\":\"unterminated\n"
                + "{\"published\":\"2025-1-1\",\"text\":\"short date\"}\n";

        ExtractableResponse<Response> response = post("application/x-ndjson", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        assertThat(errors).extracting(e -> e.get("index") + "@" + e.get("line"))
                .containsExactly("1@3", "2@4");
        assertThat((String) errors.get(0).get("message")).startsWith("malformed JSON");
        assertThat(errors.get(1).get("field")).isEqualTo("published");
    }

    @Test
    void malformedJsonIs400WithTheParsersPosition() {
        ExtractableResponse<Response> response = post("application/json", "[{\"text\": \"a\"},\n {\"text\": ]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:newsevents:problem:malformed-json");
        assertThat(response.jsonPath().getString("detail")).contains("Unexpected character");
        assertThat(response.jsonPath().getInt("line")).isEqualTo(2);
        assertThat(response.jsonPath().getInt("column")).isEqualTo(11);
    }

    @Test
    void jsonLinesSentAsJsonGetAHint() {
        ExtractableResponse<Response> response = post("application/json", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("detail")).contains("application/x-ndjson");
    }

    @Test
    void anEmptyBodyIs400() {
        assertThat(post("application/json", "").statusCode()).isEqualTo(400);
        ExtractableResponse<Response> emptyArray = post("application/json", "[]");
        assertThat(emptyArray.statusCode()).isEqualTo(400);
        assertThat(emptyArray.jsonPath().getString("errors[0].message")).isEqualTo("the request holds no article");
    }

    @Test
    void anOversizedBodyIs413ProblemJson() {
        // the test profile limits bodies to 256K
        String text = "x".repeat(300 * 1024);

        ExtractableResponse<Response> response = post("application/json", "{\"text\":\"" + text + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:newsevents:problem:body-too-large");
    }

    @Test
    void tooManyArticlesIs400() {
        String body = IntStream.range(0, 1001).mapToObj(i -> "{\"text\":\"n" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));

        ExtractableResponse<Response> response = post("application/json", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("errors[0].message")).contains("1001").contains("1000");
    }

    @Test
    void anUnsupportedContentTypeIs415ProblemJson() {
        ExtractableResponse<Response> response = post("text/plain", "{\"text\":\"a\"}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getString("detail")).contains("application/x-ndjson");
    }

    @Test
    void anUnparsableContentTypeIs415Too() {
        ExtractableResponse<Response> response = given().header("Content-Type", "json please")
                .body("{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8)).when().post("/articles").then().extract();

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
    }

    @Test
    void metricsCountAcceptedAndRejectedArticles() {
        double acceptedBefore = metric("ingest_articles_total{outcome=\"accepted\"");
        double rejectedBefore = metric("ingest_articles_total{outcome=\"rejected\"");

        assertThat(post("application/json", "[{\"text\":\"metric one " + unique() + "\"},{\"text\":\"metric two "
                + unique() + "\"}]").statusCode()).isEqualTo(202);
        assertThat(post("application/json", "[{\"text\":\"ok\"},{},{}]").statusCode()).isEqualTo(400);

        assertThat(metric("ingest_articles_total{outcome=\"accepted\"")).isEqualTo(acceptedBefore + 2);
        assertThat(metric("ingest_articles_total{outcome=\"rejected\"")).isEqualTo(rejectedBefore + 3);
    }

    private static double metric(String prefix) {
        String body = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no metric " + prefix));
    }

    @Test
    void readinessChecksKafkaAndTheTopic() {
        // the topic check turns UP once the background topic initializer ran
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get("/q/health/ready").then().extract().statusCode() == 200);
        ExtractableResponse<Response> response = given().when().get("/q/health/ready").then().extract();

        assertThat(response.jsonPath().getList("checks.name", String.class))
                .contains("kafka", "kafka-topics");
        assertThat(response.jsonPath().getList("checks.status", String.class)).containsOnly("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoint() {
        String document = given().when().get("/q/openapi").then().statusCode(200).extract().asString();

        assertThat(document).contains("/articles", "application/x-ndjson", "AcceptedArticles");
        given().when().get("/q/swagger-ui").then().statusCode(200);
    }
}
