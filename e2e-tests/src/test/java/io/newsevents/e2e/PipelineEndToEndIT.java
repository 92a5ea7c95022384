package io.newsevents.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Json;
import io.newsevents.events.Topics;
import io.newsevents.e2e.browser.SharedPipeline;
import io.newsevents.stack.Pipeline;
import io.newsevents.stack.Pipeline.Service;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system across process boundaries: embedded Kafka and PostgreSQL on free ports, the four services as
 * separate {@code java -jar quarkus-run.jar} processes on free ports (the same launcher as {@code ./pipeline up}),
 * then one article of our own writing in through ingest and its three facts out through Kafka, PostgreSQL and the
 * API. Service logs are printed when anything fails.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    /** Written for this test: a concluded arms deal with a value, a joint exercise that was held, a non-recognition. */
    static final String TEXT = "Norway signed a contract worth $1.2 billion with Germany on 14 March 2026 for four "
            + "new submarines, the defence ministry in Oslo said on Monday. "
            + "Norwegian and Finnish troops held a joint military exercise called Arctic Shield near Bardufoss in "
            + "February. "
            + "Asked about the Horn of Africa, the foreign minister repeated that Norway does not recognise "
            + "Somaliland.";

    static final String ARTICLE = "{\"url\": \"https://example.org/e2e/norway-submarines\", "
            + "\"title\": \"Oslo buys submarines\", \"published\": \"2026-03-16\", \"text\": "
            + quote(TEXT) + "}";

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(60);

    private Pipeline pipeline;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String articleId;

    @RegisterExtension
    final TestWatcher printLogsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println("\n##### " + context.getDisplayName() + " failed; service logs:" + logs());
        }
    };

    /**
     * The pipeline of this test run, shared with the other e2e classes (one start instead of one per class: on two
     * cores a start costs a minute); {@link SharedPipeline} closes it when the run ends, and Pipeline's own shutdown
     * hook closes it if the JVM is terminated. This class asserts only on the article it writes itself.
     */
    @BeforeAll
    void startPipeline(SharedPipeline.Handle handle) {
        pipeline = handle.pipeline();
    }

    @Test
    @Order(1)
    void anArticleBecomesThreeFactsOnKafkaInPostgresAndInTheApi() throws Exception {
        long t0 = System.nanoTime();
        articleId = post(ARTICLE);
        elapsed("POST /articles answered 202", t0);

        // (a) one event per fact on its type's topic, with evidence that points into the text
        Map<String, JsonNode> events = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(Topics.EVENT_TOPICS);
            await("the three events of " + articleId + " on their topics").atMost(FLOW_TIMEOUT)
                    .pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                            JsonNode e = Json.MAPPER.readTree(r.value());
                            if (articleId.equals(e.path("articleId").asText())) {
                                assertThat(r.topic()).isEqualTo(Topics.forType(e.path("type").asText()));
                                events.put(e.path("eventId").asText(), e);
                            }
                        }
                        assertThat(types(events.values()))
                                .containsExactlyInAnyOrder("DealSigned", "ExerciseHeld", "RecognitionWithheld");
                    });
        }
        elapsed("three events on Kafka", t0);
        for (JsonNode e : events.values()) {
            JsonNode ev = e.path("evidence");
            assertThat(TEXT.substring(ev.path("start").asInt(), ev.path("end").asInt()))
                    .as("evidence offsets of %s", e.path("type").asText())
                    .isEqualTo(ev.path("text").asText());
        }
        JsonNode deal = ofType(events.values(), "DealSigned");
        assertThat(actorKeys(deal.path("parties"))).containsExactlyInAnyOrder("NOR", "DEU");
        assertThat(deal.path("evidence").path("text").asText()).contains("signed a contract");
        if (!deal.path("value").isNull() && !deal.path("value").isMissingNode()) {
            assertThat(deal.path("value").path("amount").asLong()).isEqualTo(1_200_000_000L);
            assertThat(deal.path("value").path("currency").asText()).isEqualTo("USD");
        }
        JsonNode exercise = ofType(events.values(), "ExerciseHeld");
        assertThat(actorKeys(exercise.path("participants"))).containsExactlyInAnyOrder("NOR", "FIN");
        assertThat(exercise.path("evidence").path("text").asText()).contains("joint military exercise");
        JsonNode recognition = ofType(events.values(), "RecognitionWithheld");
        assertThat(actorKey(recognition.path("withholder"))).isEqualTo("NOR");
        assertThat(actorKey(recognition.path("target"))).isEqualTo("somaliland");
        assertThat(recognition.path("evidence").path("text").asText()).contains("does not recognise");

        // (b) the facts and their sources in PostgreSQL
        await("the facts of " + articleId + " in PostgreSQL").atMost(FLOW_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(factTypes(articleId))
                        .containsExactlyInAnyOrder("DealSigned", "ExerciseHeld", "RecognitionWithheld"));
        elapsed("three facts in PostgreSQL", t0);
        assertThat(sourceEvidence(articleId)).allSatisfy(ev -> assertThat(TEXT).contains(ev)).hasSize(3);

        // (c) the API returns them with their evidence
        await("the facts of " + articleId + " in the API").atMost(FLOW_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    assertFactWithSource(get("/deals?actor=NOR"), "DealSigned", "signed a contract");
                    assertFactWithSource(get("/deals?actor=DEU"), "DealSigned", "signed a contract");
                    assertFactWithSource(get("/exercises?actor=FIN"), "ExerciseHeld", "joint military exercise");
                    assertFactWithSource(get("/recognitions?actor=NOR"), "RecognitionWithheld", "does not recognise");
                });
        elapsed("three facts in the API", t0);
        assertThat(sourcesOf(get("/deals?actor=FIN"))).as("a filter that must not match")
                .noneMatch(s -> articleId.equals(s.path("articleId").asText()));
        JsonNode byArticle = get("/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8) + "/events");
        List<JsonNode> logged = new ArrayList<>();
        byArticle.forEach(logged::add);
        assertThat(types(logged)).containsExactlyInAnyOrder("DealSigned", "ExerciseHeld", "RecognitionWithheld");
        assertThat(logged).extracting(n -> n.path("eventId").asText())
                .containsExactlyInAnyOrderElementsOf(events.keySet());
        assertThat(logged).allSatisfy(n ->
                assertThat(n.path("payload").path("evidence").path("text").asText()).isNotBlank());
    }

    @Test
    @Order(2)
    void postingTheSameArticleAgainChangesNothing() throws Exception {
        assertThat(articleId).as("the first test posted the article").isNotNull();
        Map<String, Long> before = counts();
        String deals = facts(get("/deals?actor=NOR"));

        assertThat(post(ARTICLE)).isEqualTo(articleId);

        // Whatever the services do with the repeat (drop it at ingest, or re-extract the same event ids), the
        // stored state must not move: it has to stay equal to the first state for several seconds.
        await("the state after the repeat").atMost(Duration.ofSeconds(30))
                .during(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(counts()).isEqualTo(before));
        assertThat(facts(get("/deals?actor=NOR"))).isEqualTo(deals);
        assertThat(eventIdsOnKafka()).hasSize(3);
    }

    @Test
    @Order(3)
    void onceWarmAnotherArticleIsQueryableWithinSeconds() throws Exception {
        String text = "Chile signed a contract worth $90 million with Brazil on 2 May 2026 for six trainer aircraft, "
                + "the air force in Santiago said.";
        long t0 = System.nanoTime();
        String id = post("{\"published\": \"2026-05-04\", \"text\": " + quote(text) + "}");
        assertThat(id).isNotEqualTo(articleId);
        await("the deal of " + id + " in the API").atMost(FLOW_TIMEOUT)
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(sourcesOf(get("/deals?actor=CHL")))
                        .anySatisfy(s -> assertThat(s.path("articleId").asText()).isEqualTo(id)));
        elapsed("warm: POST to API", t0);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void elapsed(String what, long t0) {
        System.out.printf("e2e: %-30s after %5d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
    }

    private String post(String body) throws IOException, InterruptedException {
        return Ingest.postOne(http, pipeline, body);
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pipeline.url(Service.API) + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s answered %s", pathAndQuery, r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    /** A list answer is either a page ({@code items}) or a bare array. */
    private static List<JsonNode> items(JsonNode answer) {
        JsonNode items = answer.has("items") ? answer.get("items") : answer;
        List<JsonNode> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    private List<JsonNode> sourcesOf(JsonNode answer) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode fact : items(answer)) {
            fact.path("sources").forEach(out::add);
        }
        return out;
    }

    private void assertFactWithSource(JsonNode answer, String type, String evidenceContains) {
        assertThat(items(answer)).anySatisfy(fact -> {
            assertThat(fact.path("type").asText()).isEqualTo(type);
            assertThat(fact.path("sources")).anySatisfy(s -> {
                assertThat(s.path("articleId").asText()).isEqualTo(articleId);
                JsonNode ev = s.path("evidence");
                assertThat(ev.path("text").asText()).contains(evidenceContains);
                assertThat(TEXT.substring(ev.path("start").asInt(), ev.path("end").asInt()))
                        .isEqualTo(ev.path("text").asText());
            });
        });
    }

    /** The facts of an answer without the volatile parts, to compare before/after. */
    private String facts(JsonNode answer) {
        List<String> out = new ArrayList<>();
        for (JsonNode fact : items(answer)) {
            out.add(fact.path("factId").asText() + " " + fact.path("type").asText() + " sources="
                    + fact.path("sourceCount").asInt() + " " + fact.path("sources").size());
        }
        out.sort(null);
        return String.join("\n", out);
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Distinct event ids of our article on the event topics, read from the beginning. */
    private Set<String> eventIdsOnKafka() throws Exception {
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(Topics.EVENT_TOPICS);
            await("the event ids on Kafka").atMost(FLOW_TIMEOUT).untilAsserted(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode e = Json.MAPPER.readTree(r.value());
                    if (articleId.equals(e.path("articleId").asText())) {
                        ids.add(e.path("eventId").asText());
                    }
                }
                assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
            });
        }
        return ids;
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(pipeline.jdbcUrl(), pipeline.dbUser(), pipeline.dbPassword());
    }

    private List<String> factTypes(String article) throws SQLException {
        return column("SELECT f.type FROM fact f WHERE f.fact_id IN "
                + "(SELECT s.fact_id FROM fact_source s WHERE s.article_id = ?)", article);
    }

    private List<String> sourceEvidence(String article) throws SQLException {
        return column("SELECT s.evidence_text FROM fact_source s WHERE s.article_id = ?", article);
    }

    private List<String> column(String sql, String arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            // tables appear when store-service's migrations ran; until then, nothing is there yet
            if ("42P01".equals(e.getSQLState())) {
                return List.of();
            }
            throw e;
        }
        return out;
    }

    /**
     * What the store holds about our article: its events, its sources, the facts they support with their actors
     * and source counts. Scoped to the article so that other tests' data in a shared database cannot move it.
     */
    private Map<String, Long> counts() throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("event_log", "SELECT count(*) FROM event_log WHERE article_id = ?");
        queries.put("fact_source", "SELECT count(*) FROM fact_source WHERE article_id = ?");
        String facts = "SELECT DISTINCT fact_id FROM fact_source WHERE article_id = ?";
        queries.put("fact", "SELECT count(*) FROM fact WHERE fact_id IN (" + facts + ")");
        queries.put("fact_actor", "SELECT count(*) FROM fact_actor WHERE fact_id IN (" + facts + ")");
        queries.put("sum(fact.source_count)",
                "SELECT coalesce(sum(source_count), 0) FROM fact WHERE fact_id IN (" + facts + ")");
        queries.put("all sources of these facts",
                "SELECT count(*) FROM fact_source WHERE fact_id IN (" + facts + ")");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db()) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(q.getValue())) {
                    ps.setString(1, articleId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        counts.put(q.getKey(), rs.getLong(1));
                    }
                }
            }
        }
        assertThat(counts.get("event_log")).as("events of %s in the store", articleId).isEqualTo(3);
        return counts;
    }

    private static List<String> types(Iterable<JsonNode> events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.path("type").asText()));
        return out;
    }

    private static JsonNode ofType(Iterable<JsonNode> events, String type) {
        for (JsonNode e : events) {
            if (type.equals(e.path("type").asText())) {
                return e;
            }
        }
        throw new AssertionError("no " + type);
    }

    /** Actor key as EVENTS.md scores it: iso3 when present, else the case-folded name. */
    private static String actorKey(JsonNode actor) {
        String iso3 = actor.path("iso3").asText(null);
        return iso3 != null && !actor.path("iso3").isNull() ? iso3 : actor.path("name").asText().toLowerCase();
    }

    private static List<String> actorKeys(JsonNode actors) {
        Set<String> keys = new HashSet<>();
        actors.forEach(a -> keys.add(actorKey(a)));
        return new ArrayList<>(keys);
    }

    private String logs() {
        return pipeline != null ? pipeline.logTails(150) : "(the pipeline did not start: see the message above)";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
