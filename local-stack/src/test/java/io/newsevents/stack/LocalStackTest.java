package io.newsevents.stack;

import io.newsevents.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process broker and the embedded database, as {@code ./pipeline up} uses them. */
class LocalStackTest {

    private static LocalKafka kafka;
    private static LocalPostgres postgres;
    private static Path dir;

    @BeforeAll
    static void start() {
        dir = Path.of("target", "local-stack-test-" + UUID.randomUUID().toString().substring(0, 8));
        kafka = LocalKafka.start(dir.resolve("kafka"), 0);
        postgres = LocalPostgres.start(dir.resolve("postgres"), 0);
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyContractTopicExistsWithThreePartitions() throws Exception {
        try (Admin admin = kafka.admin()) {
            var descriptions = admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(descriptions.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
            descriptions.values().forEach(d -> assertThat(d.partitions()).as(d.name()).hasSize(3));
        }
        // idempotent: a second call neither fails nor changes anything
        kafka.createTopics(Topics.ALL, LocalKafka.PARTITIONS);
    }

    @Test
    void producesAndConsumesARecord() throws Exception {
        String key = "k-" + UUID.randomUUID();
        Map<String, Object> producerConf = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(producerConf, new StringSerializer(), new StringSerializer())) {
            sent = producer.send(new ProducerRecord<>(Topics.DEAL_SIGNED, key, "{\"hello\":1}")).get(30, TimeUnit.SECONDS);
        }
        assertThat(sent.topic()).isEqualTo(Topics.DEAL_SIGNED);

        Map<String, Object> consumerConf = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(consumerConf, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.DEAL_SIGNED));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.stream().noneMatch(r -> r.key().equals(key)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        }
        assertThat(seen).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo(key);
            assertThat(r.value()).isEqualTo("{\"hello\":1}");
        });
    }

    @Test
    void runsSqlAsTheApplicationUser() throws Exception {
        assertThat(postgres.jdbcUrl()).endsWith("/newsevents");
        try (Connection c = postgres.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS probe (id int primary key, note text)");
            st.execute("INSERT INTO probe VALUES (1, 'written by the test') ON CONFLICT DO NOTHING");
            try (ResultSet rs = st.executeQuery(
                    "SELECT current_user, current_database(), note FROM probe WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("newsevents");
                assertThat(rs.getString(2)).isEqualTo("newsevents");
                assertThat(rs.getString(3)).isEqualTo("written by the test");
            }
        }
    }
}
