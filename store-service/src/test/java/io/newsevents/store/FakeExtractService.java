package io.newsevents.store;

import io.newsevents.events.Article;
import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.Topics;
import io.newsevents.stack.LocalStackResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stands in for extract-service in store tests: consumes {@code articles}, runs whichever extractor is current,
 * publishes the events and then the ArticleExtracted marker, like the real service does.
 */
public final class FakeExtractService implements AutoCloseable {

    /** An extractor: its version stamp and what it reads from an article. */
    public record Extractor(ExtractorInfo info, Function<Article, List<NewsEvent>> rules) {
    }

    private final Thread thread;
    private volatile Extractor extractor;
    private volatile boolean running = true;

    public FakeExtractService(Extractor initial) {
        this.extractor = initial;
        this.thread = new Thread(this::loop, "fake-extract-service");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Deploys another extractor version. */
    public void deploy(Extractor next) {
        this.extractor = next;
    }

    private void loop() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackResource.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fake-extract-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.ARTICLES));
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Article article = Json.read(record.value(), Article.class).withDerivedId();
                    Extractor current = extractor;
                    List<NewsEvent> events = current.rules().apply(article);
                    List<String> ids = new ArrayList<>();
                    for (NewsEvent event : events) {
                        StoreTestSupport.publish(event);
                        ids.add(event.eventId());
                    }
                    StoreTestSupport.send(Topics.EXTRACTIONS, article.id(), Json.write(new ArticleExtracted(
                            article.id(), null, current.info(), ids, Instant.now().toString())));
                }
                consumer.commitSync();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
