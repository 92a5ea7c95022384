package io.newsevents.store.service;

import io.newsevents.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-extracts every stored article with the extractor extract-service runs now: reads the {@code articles} topic from
 * its beginning up to the end it has when the request starts (no consumer group, nothing committed), keeps the latest
 * record of each article id, and publishes those records again to {@code articles}, same key and value, with a
 * {@value #REQUEST_HEADER} header. extract-service processes them like any article: its events carry the same
 * deterministic ids for the facts it still finds, and its {@code ArticleExtracted} marker retires the rest.
 */
@ApplicationScoped
public class ReextractService {

    /** Header on republished article records: the id of the re-extraction request. */
    public static final String REQUEST_HEADER = "reextract-request";

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration DEADLINE = Duration.ofMinutes(10);

    private final String bootstrapServers;

    public ReextractService(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void republish(Operation progress) throws Exception {
        String requestId = UUID.randomUUID().toString();
        Map<String, ConsumerRecord<String, String>> latest = new LinkedHashMap<>();
        List<ConsumerRecord<String, String>> unkeyed = new ArrayList<>();
        AtomicLong read = progress.counter("recordsRead");
        progress.phase("reading " + Topics.ARTICLES);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(Topics.ARTICLES, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + Topics.ARTICLES + " to its end in " + DEADLINE);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // arrived after the request: extract-service handles it anyway
                    }
                    read.incrementAndGet();
                    if (record.key() == null) {
                        unkeyed.add(record);
                    } else {
                        latest.remove(record.key());
                        latest.put(record.key(), record);
                    }
                }
            }
        }
        progress.counter("articles").set(latest.size() + unkeyed.size());
        progress.phase("republishing to " + Topics.ARTICLES);
        AtomicLong published = progress.counter("republished");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            List<ConsumerRecord<String, String>> all = new ArrayList<>(latest.values());
            all.addAll(unkeyed);
            for (ConsumerRecord<String, String> record : all) {
                ProducerRecord<String, String> copy = new ProducerRecord<>(Topics.ARTICLES, record.key(),
                        record.value());
                for (Header header : record.headers()) {
                    if (!REQUEST_HEADER.equals(header.key())) {
                        copy.headers().add(header);
                    }
                }
                copy.headers().add(REQUEST_HEADER, requestId.getBytes(StandardCharsets.UTF_8));
                producer.send(copy, (metadata, error) -> {
                    if (error == null) {
                        published.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        if (published.get() != latest.size() + unkeyed.size()) {
            throw new IllegalStateException("only " + published.get() + " of " + (latest.size() + unkeyed.size())
                    + " articles were acknowledged by Kafka");
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "store-service-reextract");
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.CLIENT_ID_CONFIG, "store-service-reextract");
    }
}
