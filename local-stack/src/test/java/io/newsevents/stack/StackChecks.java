package io.newsevents.stack;

import io.newsevents.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every variant of the stack must offer: all contract topics with 3 partitions, a record produced and
 * consumed on each of them, and SQL as the application user in database {@code newsevents}.
 */
abstract class StackChecks {

    abstract String bootstrapServers();

    abstract String jdbcUrl();

    abstract String username();

    abstract String password();

    @Test
    void everyContractTopicExistsWithThreePartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            var descriptions = admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(descriptions.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
            descriptions.values().forEach(d -> assertThat(d.partitions()).as(d.name()).hasSize(3));
        }
        // idempotent: a second call neither fails nor changes anything
        LocalKafka.createTopics(bootstrapServers(), Topics.ALL, LocalKafka.PARTITIONS);
    }

    @Test
    void producesAndConsumesARecordOnEveryTopic() throws Exception {
        String key = "k-" + UUID.randomUUID();
        Map<String, Object> producerConf = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(producerConf, new StringSerializer(), new StringSerializer())) {
            for (String topic : Topics.ALL) {
                RecordMetadata sent = producer.send(new ProducerRecord<>(topic, key, value(topic)))
                        .get(30, TimeUnit.SECONDS);
                assertThat(sent.topic()).isEqualTo(topic);
            }
        }

        Map<String, Object> consumerConf = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "stack-checks-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(consumerConf, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Topics.ALL);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.stream().filter(r -> r.key().equals(key)).count() < Topics.ALL.size()
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
        }
        for (String topic : Topics.ALL) {
            assertThat(seen).as(topic).anySatisfy(r -> {
                assertThat(r.topic()).isEqualTo(topic);
                assertThat(r.key()).isEqualTo(key);
                assertThat(r.value()).isEqualTo(value(topic));
            });
        }
    }

    @Test
    void runsSqlAsTheApplicationUser() throws Exception {
        assertThat(jdbcUrl()).startsWith("jdbc:postgresql://").endsWith("/newsevents");
        try (Connection c = DriverManager.getConnection(jdbcUrl(), username(), password());
             Statement st = c.createStatement()) {
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

    private static String value(String topic) {
        return "{\"topic\":\"" + topic + "\"}";
    }
}
