package io.newsevents.extract.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.RecognitionWithheld;
import io.newsevents.extract.service.ArticleProcessor;
import io.newsevents.extract.service.DeadLetterReason;
import io.newsevents.extract.service.Extraction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes {@code articles} at least once: a record is acknowledged (and so its offset committable) only after
 * every record it produced was acknowledged by Kafka - its events, then its extraction marker, or its dead
 * letter. An article that cannot be processed goes to {@code articles.dlq} and the consumer keeps going.
 * Publishing is retried with back-off; if it still fails the record is nacked and the channel's
 * dead-letter-queue failure strategy writes it to {@code articles.dlq} as a backstop.
 */
@Startup // metrics exported (at 0) from the start, and the extractor loaded before the first record
@ApplicationScoped
public class ArticleConsumer {

    /** Incoming channel bound to the {@code articles} topic (see application.properties). */
    public static final String ARTICLES_IN = "articles-in";

    public static final String PROCESSED_METRIC = "extract.articles.processed";
    public static final String EVENTS_METRIC = "extract.events.emitted";
    public static final String DEAD_LETTERS_METRIC = "extract.dead.letters";

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final ArticleProcessor processor;
    private final ExtractionPublisher publisher;
    private final int publishRetries;
    private final Counter processed;
    private final Map<String, Counter> eventsByType = new HashMap<>();
    private final Map<DeadLetterReason, Counter> deadLetters = new EnumMap<>(DeadLetterReason.class);

    public ArticleConsumer(ArticleProcessor processor, ExtractionPublisher publisher, MeterRegistry registry,
                           @ConfigProperty(name = "extract.publish-retries", defaultValue = "5") int publishRetries) {
        this.processor = processor;
        this.publisher = publisher;
        this.publishRetries = publishRetries;
        this.processed = Counter.builder(PROCESSED_METRIC)
                .description("Articles whose events and extraction marker were acknowledged by Kafka")
                .register(registry);
        for (String type : List.of(DealSigned.TYPE, ExerciseHeld.TYPE, RecognitionWithheld.TYPE)) {
            eventsByType.put(type, Counter.builder(EVENTS_METRIC).description("Events published, by type")
                    .tag("type", type).register(registry));
        }
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLetters.put(reason, Counter.builder(DEAD_LETTERS_METRIC)
                    .description("Articles written to articles.dlq, by reason")
                    .tag("reason", reason.tag()).register(registry));
        }
    }

    @Incoming(ARTICLES_IN)
    public Uni<Void> consume(Message<byte[]> message) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, byte[]> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka record"));
        byte[] value = message.getPayload();
        // the extractor is CPU work: keep it off the event loop
        return Uni.createFrom().item(() -> processor.process(value))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(extraction -> publish(extraction, record, value))
                .chain(() -> Uni.createFrom().completionStage(message::ack))
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "Could not publish the outcome of %s-%d@%d; nacking it", record.getTopic(),
                            record.getPartition(), record.getOffset());
                    return Uni.createFrom().completionStage(() -> message.nack(failure));
                });
    }

    private Uni<Void> publish(Extraction extraction, IncomingKafkaRecordMetadata<String, byte[]> record, byte[] value) {
        if (extraction.isDeadLetter()) {
            LOG.warnf("Dead-lettering %s-%d@%d (key %s): %s", record.getTopic(), record.getPartition(),
                    record.getOffset(), record.getKey(), extraction.detail());
            return retried(publisher.deadLetter(record.getKey(), value, extraction.detail(), record.getTopic(),
                    record.getPartition(), record.getOffset()))
                    .invoke(() -> deadLetters.get(extraction.reason()).increment());
        }
        return retried(publisher.publish(extraction))
                .invoke(() -> {
                    processed.increment();
                    extraction.events().forEach(e -> eventsByType.get(e.event().type()).increment());
                });
    }

    private Uni<Void> retried(Uni<Void> send) {
        return send.onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10))
                .atMost(publishRetries);
    }
}
