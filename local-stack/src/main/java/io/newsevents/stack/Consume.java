package io.newsevents.stack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./pipeline consume TOPIC... [--from-beginning]}: prints every record as {@code key<TAB>value}, one per
 * line, until Ctrl-C. A Java-only stand-in for Kafka's {@code kafka-console-consumer.sh}. Commits nothing.
 */
public final class Consume {

    private Consume() {
    }

    public static void main(String[] args) {
        List<String> topics = new ArrayList<>();
        boolean fromBeginning = false;
        for (String a : args) {
            if ("--from-beginning".equals(a)) {
                fromBeginning = true;
            } else if (a.startsWith("-")) {
                System.err.println("usage: ./pipeline consume TOPIC... [--from-beginning]");
                System.exit(2);
            } else {
                topics.add(a);
            }
        }
        if (topics.isEmpty()) {
            System.err.println("usage: ./pipeline consume TOPIC... [--from-beginning]");
            System.exit(2);
        }
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
        if (bootstrap.isBlank()) {
            bootstrap = "localhost:" + System.getenv().getOrDefault("PIPELINE_KAFKA_PORT", "19092");
        }
        Map<String, Object> conf = new HashMap<>();
        conf.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        conf.put(ConsumerConfig.GROUP_ID_CONFIG, "pipeline-consume-" + UUID.randomUUID());
        conf.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        conf.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        AtomicBoolean running = new AtomicBoolean(true);
        KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(conf, new StringDeserializer(), new StringDeserializer());
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.set(false);
            consumer.wakeup();
            try {
                main.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.err.println("consuming " + topics + " from " + bootstrap + (fromBeginning ? " from the beginning" : "")
                + " (Ctrl-C stops)");
        try (consumer) {
            consumer.subscribe(topics);
            while (running.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    System.out.println(r.key() + "\t" + r.value());
                }
                System.out.flush();
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // Ctrl-C
        }
    }
}
