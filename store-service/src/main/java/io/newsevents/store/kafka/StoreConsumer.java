package io.newsevents.store.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsevents.events.Topics;
import io.newsevents.store.repository.KafkaCoordinates;
import io.newsevents.store.schema.BadRecordException;
import io.newsevents.store.schema.EventParser;
import io.newsevents.store.service.EventStore;
import io.newsevents.store.service.EventStore.Item;
import io.newsevents.store.service.EventStore.Outcome;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.LockSupport;

/**
 * Consumes the three event topics and the extraction markers (one channel, group {@code store-service}, offsets
 * committed only after the record's transaction committed: at-least-once; the logs make redelivery a no-op).
 *
 * <p>Records come in batches (one poll) and are applied in one transaction per batch. A record the store cannot accept
 * is published unchanged to {@link Topics#EVENTS_DLQ} with the reason in the {@code dead-letter-reason} header
 * (see {@link DeadLetters}), and consumption goes on.
 * A database that is down is not the record's fault: the record is retried (with back-off) until it goes through,
 * so no accepted event is lost or dead-lettered because of an outage.
 */
@ApplicationScoped
public class StoreConsumer {

    public static final String CHANNEL = "store-in";

    private static final Logger LOG = Logger.getLogger(StoreConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final EventStore store;
    private final Counter appended;
    private final Counter revised;
    private final Counter duplicates;
    private final Counter markers;
    private final Counter deadLetterCount;
    private final DeadLetters deadLetters;
    private final Counter retries;
    private volatile boolean stopping;

    public StoreConsumer(EventStore store, DeadLetters deadLetters, MeterRegistry registry) {
        this.store = store;
        this.deadLetters = deadLetters;
        this.appended = Counter.builder("store.events.appended").description("Events appended to the event log")
                .register(registry);
        this.revised = Counter.builder("store.events.revised")
                .description("Known event ids received with a new payload (re-extraction)").register(registry);
        this.duplicates = Counter.builder("store.events.duplicates")
                .description("Redelivered events and markers ignored").register(registry);
        this.markers = Counter.builder("store.markers.appended")
                .description("ArticleExtracted markers appended to the extraction log").register(registry);
        this.deadLetterCount = Counter.builder("store.dead.letters")
                .description("Records sent to the dead-letter topic").register(registry);
        this.retries = Counter.builder("store.db.retries")
                .description("Database attempts retried after a transient failure").register(registry);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * One poll's records: the bad ones are dead-lettered, the rest applied in one transaction. Should that
     * transaction fail for a reason other than an outage, the records are applied one by one and only the one that
     * fails is dead-lettered. The batch is acknowledged (offsets committed) after all that.
     */
    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Item> items = new ArrayList<>();
        List<KafkaRecord<String, String>> sources = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            KafkaCoordinates from = coordinates(record);
            try {
                items.add(parse(from, record.getPayload()));
                sources.add(record);
            } catch (BadRecordException e) {
                deadLetter(record, from, e);
            }
        }
        long t0 = System.nanoTime();
        if (!items.isEmpty() && !applyAll(items, sources)) {
            return new CompletableFuture<>(); // stopping during an outage: not acknowledged, delivered again
        }
        LOG.debugf("applied %d records in %d ms", items.size(), (System.nanoTime() - t0) / 1_000_000);
        return batch.ack();
    }

    /** @return false when stopping before the records went through */
    private boolean applyAll(List<Item> items, List<KafkaRecord<String, String>> sources) {
        try {
            List<Outcome> outcomes = withRetry(() -> store.apply(items));
            if (outcomes == null) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                count(items.get(i), outcomes.get(i));
            }
            return true;
        } catch (RuntimeException batchFailure) {
            LOG.warnf("a batch of %d records failed (%s); applying them one by one", items.size(),
                    batchFailure.getMessage());
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            try {
                List<Outcome> outcome = withRetry(() -> store.apply(List.of(item)));
                if (outcome == null) {
                    return false;
                }
                count(item, outcome.get(0));
            } catch (RuntimeException e) {
                LOG.errorf(e, "dead-lettering %s after an unexpected failure", item.from());
                deadLetter(sources.get(i), item.from(), e);
            }
        }
        return true;
    }

    private static Item parse(KafkaCoordinates from, String value) {
        if (Topics.EXTRACTIONS.equals(from.topic())) {
            return Item.marker(value, EventParser.parseMarker(value), from);
        }
        EventParser.Parsed parsed = EventParser.parseEvent(value);
        if (from.topic() != null && !from.topic().equals(parsed.event().topic())) {
            throw new BadRecordException(parsed.event().type() + " " + parsed.event().eventId()
                    + " arrived on topic " + from.topic() + " instead of " + parsed.event().topic());
        }
        return Item.event(value, parsed, from);
    }

    private void deadLetter(KafkaRecord<String, String> record, KafkaCoordinates from, RuntimeException reason) {
        LOG.warnf("dead-lettering %s: %s", from, reason.getMessage());
        deadLetters.publish(from.topic(), from.partition() == null ? -1 : from.partition(),
                from.offset() == null ? -1 : from.offset(), record.getKey(), record.getPayload(), record.getHeaders(),
                reason.getMessage());
        deadLetterCount.increment();
    }

    private static KafkaCoordinates coordinates(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> new KafkaCoordinates(m.getTopic(), m.getPartition(), m.getOffset()))
                .orElse(new KafkaCoordinates(record.getTopic(), record.getPartition(), null));
    }

    private void count(Item item, Outcome outcome) {
        if (outcome == Outcome.DUPLICATE) {
            duplicates.increment();
        } else if (item.marker() != null) {
            markers.increment();
        } else if (outcome == Outcome.REVISED) {
            revised.increment();
        } else {
            appended.increment();
        }
    }

    interface Attempt<T> {
        T run() throws SQLException;
    }

    /** Runs until it succeeds or fails for a reason other than the database being unavailable; null when stopping. */
    private <T> T withRetry(Attempt<T> attempt) {
        long backoffMillis = 100;
        while (true) {
            try {
                return attempt.run();
            } catch (SQLException e) {
                if (!transientFailure(e)) {
                    throw new IllegalStateException("database rejected the record: " + e.getMessage(), e);
                }
                if (stopping) {
                    return null;
                }
                retries.increment();
                LOG.warnf("database unavailable (%s), retrying in %d ms", e.getMessage(), backoffMillis);
                LockSupport.parkNanos(Duration.ofMillis(backoffMillis).toNanos());
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    /** Connection problems, serialization failures and deadlocks, resources, shutdown: worth retrying. */
    static boolean transientFailure(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return true; // pool timeouts and I/O errors come without a state
        }
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57")
                || state.startsWith("58");
    }
}
