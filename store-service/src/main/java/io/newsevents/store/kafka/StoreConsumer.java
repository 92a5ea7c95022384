package io.newsevents.store.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsevents.events.Topics;
import io.newsevents.store.repository.KafkaCoordinates;
import io.newsevents.store.schema.BadRecordException;
import io.newsevents.store.schema.EventParser;
import io.newsevents.store.service.EventStore;
import io.newsevents.store.service.EventStore.Outcome;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.LockSupport;

/**
 * Consumes the three event topics and the extraction markers (one channel, group {@code store-service}, offsets
 * committed only after the record's transaction committed: at-least-once; the logs make redelivery a no-op).
 *
 * <p>A record the store cannot accept is nacked: the channel's dead-letter-queue strategy publishes it unchanged to
 * {@link StoreTopics#EVENTS_DLQ} with the reason in the {@code dead-letter-reason} header, and consumption goes on.
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
    private final Counter deadLetters;
    private final Counter retries;
    private volatile boolean stopping;

    public StoreConsumer(EventStore store, MeterRegistry registry) {
        this.store = store;
        this.appended = Counter.builder("store.events.appended").description("Events appended to the event log")
                .register(registry);
        this.revised = Counter.builder("store.events.revised")
                .description("Known event ids received with a new payload (re-extraction)").register(registry);
        this.duplicates = Counter.builder("store.events.duplicates")
                .description("Redelivered events and markers ignored").register(registry);
        this.markers = Counter.builder("store.markers.appended")
                .description("ArticleExtracted markers appended to the extraction log").register(registry);
        this.deadLetters = Counter.builder("store.dead.letters")
                .description("Records sent to the dead-letter topic").register(registry);
        this.retries = Counter.builder("store.db.retries")
                .description("Database attempts retried after a transient failure").register(registry);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        Optional<IncomingKafkaRecordMetadata> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
        KafkaCoordinates from = metadata.map(m -> new KafkaCoordinates(m.getTopic(), m.getPartition(), m.getOffset()))
                .orElse(KafkaCoordinates.NONE);
        String value = message.getPayload();
        try {
            Outcome outcome = withRetry(() -> process(from.topic(), value, from));
            if (outcome == null) {
                // shutting down during a database outage: leave the record unacknowledged, it comes again
                return new CompletableFuture<>();
            }
            count(from.topic(), outcome);
            return message.ack();
        } catch (BadRecordException e) {
            deadLetters.increment();
            LOG.warnf("dead-lettering %s: %s", from, e.getMessage());
            return message.nack(e);
        } catch (RuntimeException e) {
            deadLetters.increment();
            LOG.errorf(e, "dead-lettering %s after an unexpected failure", from);
            return message.nack(e);
        }
    }

    private Outcome process(String topic, String value, KafkaCoordinates from) throws SQLException {
        if (Topics.EXTRACTIONS.equals(topic)) {
            return store.recordMarker(value, EventParser.parseMarker(value), from);
        }
        EventParser.Parsed parsed = EventParser.parseEvent(value);
        if (topic != null && !topic.equals(parsed.event().topic())) {
            throw new BadRecordException(parsed.event().type() + " " + parsed.event().eventId()
                    + " arrived on topic " + topic + " instead of " + parsed.event().topic());
        }
        return store.append(value, parsed, from);
    }

    private void count(String topic, Outcome outcome) {
        if (outcome == Outcome.DUPLICATE) {
            duplicates.increment();
        } else if (Topics.EXTRACTIONS.equals(topic)) {
            markers.increment();
        } else if (outcome == Outcome.REVISED) {
            revised.increment();
        } else {
            appended.increment();
        }
    }

    interface Attempt {
        Outcome run() throws SQLException;
    }

    /** Runs until it succeeds or fails for a reason other than the database being unavailable; null when stopping. */
    private Outcome withRetry(Attempt attempt) {
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
