package io.newsevents.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a whole topic (every partition, from the beginning) with a group-less consumer that commits nothing. */
public final class TopicReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<TopicPartition> partitions;

    public static TopicReader<String> strings(String bootstrapServers, String topic) {
        return new TopicReader<>(bootstrapServers, topic, new StringDeserializer());
    }

    public static TopicReader<byte[]> bytes(String bootstrapServers, String topic) {
        return new TopicReader<>(bootstrapServers, topic, new ByteArrayDeserializer());
    }

    private TopicReader(String bootstrapServers, String topic, Deserializer<V> values) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new StringDeserializer(), values);
        partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toList());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every record written before this call (up to the end offsets it sees now), in partition order. */
    public List<ConsumerRecord<String, V>> readToEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        consumer.seekToBeginning(partitions);
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!reached(end)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("could not read up to " + end + " within 30s");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    /** The records with this key, read up to the current end of the topic. */
    public List<ConsumerRecord<String, V>> withKey(String key) {
        return readToEnd().stream().filter(r -> key.equals(r.key())).collect(Collectors.toList());
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
