package io.newsevents.extract;

import io.newsevents.events.Article;
import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.Hashing;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.Topics;
import io.newsevents.extract.kafka.ExtractionPublisher;
import io.newsevents.extractor.RuleExtractor;
import io.newsevents.kafka.TopicReader;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service against the real embedded broker: articles in, events and markers (or dead letters) out. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class,
        initArgs = @ResourceArg(name = LocalStackResource.POSTGRES_ARG, value = "false"))
class ExtractionFlowTest {

    /** Written for this test: one deal, one exercise and one non-recognition, in plain news style. */
    private static final String THREE_FACTS = "Warsaw, 12 March 2025. Poland signed a contract worth $1.2 billion "
            + "with South Korea for 180 K2 tanks on Tuesday, the defence ministry said. "
            + "Separately, India and France held the joint naval exercise Varuna in the Arabian Sea last week. "
            + "Serbia does not recognise Kosovo, the foreign minister repeated at the same press conference.";

    private static KafkaProducer<String, byte[]> producer;
    private static final Map<String, TopicReader<String>> readers = new HashMap<>();
    private static TopicReader<byte[]> deadLetters;

    @BeforeAll
    static void connect() {
        String bootstrap = LocalStackResource.kafka().bootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        for (String topic : Topics.ALL) {
            readers.put(topic, TopicReader.strings(bootstrap, topic));
        }
        deadLetters = TopicReader.bytes(bootstrap, Topics.ARTICLES_DLQ);
    }

    @AfterAll
    static void disconnect() {
        producer.close();
        readers.values().forEach(TopicReader::close);
        deadLetters.close();
    }

    private static RecordMetadata produce(String key, String value) throws Exception {
        return produce(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static RecordMetadata produce(String key, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.ARTICLES, key, value)).get();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Waits for the extraction marker of an article; there must be exactly {@code count} of them. */
    private static List<ArticleExtracted> awaitMarkers(String articleId, int count) {
        List<ArticleExtracted> markers = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            markers.clear();
            readers.get(Topics.EXTRACTIONS).withKey(articleId)
                    .forEach(r -> markers.add(Json.read(r.value(), ArticleExtracted.class)));
            assertThat(markers).hasSize(count);
        });
        return markers;
    }

    private static List<ConsumerRecord<String, String>> eventRecords(String articleId) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String topic : Topics.EVENT_TOPICS) {
            records.addAll(readers.get(topic).withKey(articleId));
        }
        return records;
    }

    @Test
    void anArticleYieldsExactlyTheExtractorsEventsOnTheirTopicsThenAMarker() throws Exception {
        Article article = new Article("test-flow-" + unique(), "https://example.org/flow", "Three facts",
                "2025-03-12", THREE_FACTS);
        List<NewsEvent> expected = RuleExtractor.create().extract(article);
        assertThat(expected).as("the engine finds the facts of the test article").isNotEmpty();

        produce(article.id(), Json.write(article));

        ArticleExtracted marker = awaitMarkers(article.id(), 1).get(0);
        assertThat(marker.articleId()).isEqualTo(article.id());
        assertThat(marker.textSha256()).isEqualTo(Hashing.sha256Hex(THREE_FACTS));
        assertThat(marker.extractor()).isEqualTo(RuleExtractor.create().info());
        assertThat(marker.extractedAt()).isNotBlank();
        assertThat(marker.eventIds()).containsExactlyElementsOf(
                expected.stream().map(NewsEvent::eventId).distinct().collect(Collectors.toList()));

        // the marker is written after every event was acknowledged: all of them are readable now
        List<ConsumerRecord<String, String>> records = eventRecords(article.id());
        assertThat(records).allSatisfy(r -> {
            NewsEvent event = Json.read(r.value(), NewsEvent.class);
            assertThat(r.topic()).isEqualTo(event.topic());
            assertThat(event.articleId()).isEqualTo(article.id());
        });
        assertThat(records.stream().map(r -> Json.read(r.value(), NewsEvent.class)).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(records).extracting(r -> Json.read(r.value(), NewsEvent.class).eventId())
                .containsExactlyInAnyOrderElementsOf(marker.eventIds());
    }

    @Test
    void anArticleWithoutIdGetsTheDerivedIdAndARedeliveryTheSameEventIds() throws Exception {
        String text = THREE_FACTS + " Run " + unique() + ".";
        String derived = new Article(null, null, null, null, text).withDerivedId().id();

        produce(null, Json.write(new Article(null, null, null, null, text)));
        produce(derived, Json.write(new Article(derived, null, null, null, text)));

        List<ArticleExtracted> markers = awaitMarkers(derived, 2);
        assertThat(markers.get(0).eventIds()).isNotEmpty().isEqualTo(markers.get(1).eventIds());
    }

    @Test
    void poisonRecordsAreDeadLetteredWithTheirReasonAndTheServiceKeepsGoing() throws Exception {
        String run = unique();
        Map<String, byte[]> poison = new java.util.LinkedHashMap<>();
        poison.put("test-poison-json-" + run, utf8("{\"id\": \"x\", \"text\": "));
        poison.put("test-poison-notext-" + run, utf8("{\"id\":\"test-poison-notext-" + run + "\",\"title\":\"No text\"}"));
        poison.put("test-poison-blank-" + run, utf8("{\"text\":\"   \"}"));
        poison.put("test-poison-array-" + run, utf8("[1, 2, 3]"));
        poison.put("test-poison-fail-" + run, utf8(Json.write(new Article("test-poison-fail-" + run, null, null, null,
                "An article that breaks the extractor " + FaultInjectingExtractor.FAIL_MARKER))));
        poison.put("test-poison-empty-" + run, new byte[0]);
        // not UTF-8: 0xC3 must be followed by a continuation byte
        poison.put("test-poison-bytes-" + run, new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
        Map<String, RecordMetadata> written = new HashMap<>();
        for (Map.Entry<String, byte[]> p : poison.entrySet()) {
            written.put(p.getKey(), produce(p.getKey(), p.getValue()));
        }
        Article good = new Article("test-after-poison-" + run, null, null, null, THREE_FACTS);
        produce(good.id(), Json.write(good));

        // the good article after the poison is still processed
        awaitMarkers(good.id(), 1);

        Map<String, String> reasons = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (Map.Entry<String, byte[]> p : poison.entrySet()) {
                List<ConsumerRecord<String, byte[]>> dead = deadLetters.withKey(p.getKey());
                assertThat(dead).as("dead letters keyed %s", p.getKey()).hasSize(1);
                ConsumerRecord<String, byte[]> record = dead.get(0);
                assertThat(record.value()).containsExactly(p.getValue());
                RecordMetadata original = written.get(p.getKey());
                assertThat(header(record, ExtractionPublisher.DLQ_TOPIC_HEADER)).isEqualTo(Topics.ARTICLES);
                assertThat(header(record, ExtractionPublisher.DLQ_PARTITION_HEADER))
                        .isEqualTo(Integer.toString(original.partition()));
                assertThat(header(record, ExtractionPublisher.DLQ_OFFSET_HEADER))
                        .isEqualTo(Long.toString(original.offset()));
                reasons.put(p.getKey(), header(record, Topics.DLQ_REASON_HEADER));
            }
        });
        assertThat(reasons.get("test-poison-json-" + run)).startsWith("invalid JSON");
        assertThat(reasons.get("test-poison-notext-" + run)).isEqualTo("the article has no text");
        assertThat(reasons.get("test-poison-blank-" + run)).isEqualTo("the article has no text");
        assertThat(reasons.get("test-poison-array-" + run)).isEqualTo("the value is not a JSON object");
        assertThat(reasons.get("test-poison-fail-" + run)).contains("extractor failed").contains("injected failure");
        assertThat(reasons.get("test-poison-empty-" + run)).isEqualTo("the record has no value");
        assertThat(reasons.get("test-poison-bytes-" + run)).isEqualTo("the value is not UTF-8 text");
        // nothing else was published for them
        for (String key : poison.keySet()) {
            assertThat(readers.get(Topics.EXTRACTIONS).withKey(key)).isEmpty();
            assertThat(eventRecords(key)).isEmpty();
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void metricsCountArticlesEventsDeadLettersAndExtractionTime() throws Exception {
        Article article = new Article("test-metrics-" + unique(), null, null, null, THREE_FACTS);
        produce(article.id(), Json.write(article));
        produce("test-metrics-poison-" + unique(), "not json");
        awaitMarkers(article.id(), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(value(metrics, "extract_articles_processed_total")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "extract_dead_letters_total{reason=\"invalid-json\"")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "extract_extraction_seconds_count")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "extract_events_emitted_total{type=\"DealSigned\"")
                    + value(metrics, "extract_events_emitted_total{type=\"ExerciseHeld\"")
                    + value(metrics, "extract_events_emitted_total{type=\"RecognitionWithheld\""))
                    .isGreaterThanOrEqualTo(1);
        });
    }

    private static double value(String metrics, String prefix) {
        return metrics.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no metric " + prefix));
    }

    @Test
    void readinessChecksKafkaTheTopicsAndTheChannels() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get("/q/health/ready").then().extract().statusCode() == 200);

        List<String> names = given().when().get("/q/health/ready").then().extract().jsonPath()
                .getList("checks.name", String.class);
        assertThat(names).contains("kafka", "kafka-topics", "SmallRye Reactive Messaging - readiness check");
    }
}
