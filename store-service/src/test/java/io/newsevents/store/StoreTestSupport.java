package io.newsevents.store;

import io.newsevents.events.Actor;
import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.Topics;
import io.newsevents.stack.LocalStackResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Talks to the real broker and database of {@link LocalStackResource} the way other services would. */
public final class StoreTestSupport {

    private static KafkaProducer<String, String> producer;

    private StoreTestSupport() {
    }

    /** A party no other test uses, so tests sharing the database do not merge each other's facts. */
    public static Actor uniqueOrganization(String prefix) {
        return Actor.organization(prefix + " " + UUID.randomUUID().toString().substring(0, 8), null);
    }

    public static String uniqueArticle(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackResource.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        }
        return producer;
    }

    /** Publishes like extract-service: to the event's topic, keyed by article id; waits for the broker's ack. */
    public static RecordMetadata publish(NewsEvent event) {
        return send(event.topic(), event.articleId(), Json.write(event));
    }

    /** Waits until the store has committed its handling of the record (its checkpoint moved past it). */
    public static void awaitConsumed(RecordMetadata record) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "SELECT count(*) FROM consumer_checkpoint WHERE kafka_topic = ? AND kafka_partition = ?"
                        + " AND next_offset > ?", record.topic(), record.partition(), record.offset()) == 1);
    }

    public static void publishMarker(String articleId, ExtractorInfo extractor, String extractedAt,
                                     NewsEvent... events) {
        List<String> ids = new ArrayList<>();
        for (NewsEvent e : events) {
            ids.add(e.eventId());
        }
        send(Topics.EXTRACTIONS, articleId,
                Json.write(new ArticleExtracted(articleId, "sha-" + articleId, extractor, ids, extractedAt)));
    }

    public static RecordMetadata send(String topic, String key, String value) {
        try {
            return producer().send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** Every record of a topic from its beginning up to its current end. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackResource.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** Rows of a query as column-name maps, in the query's order. */
    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = LocalStackResource.postgres().connect();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= meta.getColumnCount(); col++) {
                        row.put(meta.getColumnLabel(col), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    /** The facts that have the actor, with their sources, as one comparable text per fact. */
    public static List<Map<String, Object>> factsWith(String actorKey) {
        return rows("SELECT f.* FROM fact f WHERE f.fact_id IN (SELECT fact_id FROM fact_actor WHERE actor_key = ?)"
                + " ORDER BY f.fact_id", actorKey);
    }
}
