package io.newsevents.extract.kafka;

import io.newsevents.events.Json;
import io.newsevents.events.Topics;
import io.newsevents.extract.service.Extraction;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an extraction's records. Every record is keyed by the article id, so all records about one article
 * (and so about each of its facts) keep their order within a partition of each topic. Each Uni completes when
 * Kafka acknowledged the records (acks=all, idempotent producers).
 */
@ApplicationScoped
public class ExtractionPublisher {

    /** Events (topic per type, set per record) and extraction markers (the channel's default topic). */
    public static final String EXTRACTIONS_OUT = "extractions-out";
    /** Dead letters: topic {@code articles.dlq}. */
    public static final String DEAD_LETTERS_OUT = "dead-letters-out";

    public static final String DLQ_TOPIC_HEADER = "dead-letter-topic";
    public static final String DLQ_PARTITION_HEADER = "dead-letter-partition";
    public static final String DLQ_OFFSET_HEADER = "dead-letter-offset";

    private final MutinyEmitter<String> extractions;
    private final MutinyEmitter<byte[]> deadLetters;

    public ExtractionPublisher(
            @Channel(EXTRACTIONS_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<String> extractions,
            @Channel(DEAD_LETTERS_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<byte[]> deadLetters) {
        this.extractions = extractions;
        this.deadLetters = deadLetters;
    }

    /** Every event, then (once all are acknowledged) the marker. */
    public Uni<Void> publish(Extraction extraction) {
        String key = extraction.articleId();
        List<Uni<Void>> sends = new ArrayList<>();
        for (Extraction.OutgoingEvent event : extraction.events()) {
            sends.add(send(extractions, event.topic(), key, event.json(), List.of()));
        }
        Uni<Void> events = sends.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(sends).andFailFast().replaceWithVoid();
        return events.chain(() -> send(extractions, Topics.EXTRACTIONS, key, Json.write(extraction.marker()), List.of()));
    }

    /** The original record, same key and value bytes, with headers saying why and where it came from. */
    public Uni<Void> deadLetter(String key, byte[] value, String reason, String topic, int partition, long offset) {
        return send(deadLetters, Topics.ARTICLES_DLQ, key, value, List.of(
                header(Topics.DLQ_REASON_HEADER, reason),
                header(DLQ_TOPIC_HEADER, topic),
                header(DLQ_PARTITION_HEADER, Integer.toString(partition)),
                header(DLQ_OFFSET_HEADER, Long.toString(offset))));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> Uni<Void> send(MutinyEmitter<T> emitter, String topic, String key, T value,
                                      List<RecordHeader> headers) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers).build();
        return Uni.createFrom().deferred(() -> emitter.sendMessage(Message.of(value).addMetadata(metadata)));
    }
}
