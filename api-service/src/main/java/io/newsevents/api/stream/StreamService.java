package io.newsevents.api.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsevents.api.model.EventLogEntry;
import io.newsevents.api.model.FactDto;
import io.newsevents.api.model.StreamEvent;
import io.newsevents.api.repository.EventLogRepository;
import io.newsevents.api.repository.FactRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live stream of new facts, read from the event log.
 *
 * <p>SSE ids are {@code event_log.position}. Positions come from a sequence, so with concurrent store transactions
 * a larger position can commit before a smaller one, and rolled-back or duplicate inserts leave permanent gaps.
 * One poller thread advances a <em>watermark</em>: the highest position such that every smaller position is final
 * (committed and visible, or never going to be). It reads the rows after the watermark together with the
 * statement's snapshot; a missing position (a gap) before a visible row is waited for until every transaction
 * that held an xid when the gap was first seen has ended (snapshot xmin &ge; that snapshot's xmax) and a short
 * grace period has passed (covering the microseconds between {@code nextval} and the inserting transaction's xid
 * assignment). Only rows up to the watermark are sent, in position order, so a client resuming with
 * Last-Event-ID = p gets exactly the events after p: replayed from the table, then live.
 *
 * <p>All sending happens on the poller thread, which also admits new subscribers (after replaying their backlog
 * up to the watermark), so replay and live delivery cannot interleave or skip.
 */
@ApplicationScoped
public class StreamService {

    private static final Logger LOG = Logger.getLogger(StreamService.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final DataSource dataSource;
    private final EventLogRepository events;
    private final FactRepository facts;
    private final ObjectMapper mapper;
    private final Duration pollInterval;
    private final Duration gapGrace;
    private final int batchSize;
    private final Counter delivered;

    private final Queue<Subscriber> pending = new ConcurrentLinkedQueue<>();
    private final List<Subscriber> live = new ArrayList<>();
    private final AtomicInteger subscriberCount = new AtomicInteger();
    private final Map<Long, Gap> gaps = new HashMap<>();
    private ScheduledExecutorService executor;

    /** Every position up to this one is final; -1 until the poller has initialised. */
    private volatile long watermark = -1;
    private long initialXmax = -1;
    private long lastHeartbeat = System.nanoTime();
    private boolean warnedUnavailable;

    public StreamService(DataSource dataSource, EventLogRepository events, FactRepository facts, ObjectMapper mapper,
                         MeterRegistry registry,
                         @ConfigProperty(name = "api.stream.poll-interval", defaultValue = "200ms") Duration pollInterval,
                         @ConfigProperty(name = "api.stream.gap-grace", defaultValue = "1s") Duration gapGrace,
                         @ConfigProperty(name = "api.stream.batch-size", defaultValue = "500") int batchSize) {
        this.dataSource = dataSource;
        this.events = events;
        this.facts = facts;
        this.mapper = mapper;
        this.pollInterval = pollInterval;
        this.gapGrace = gapGrace;
        this.batchSize = batchSize;
        this.delivered = registry.counter("newsevents.stream.events.sent");
        registry.gauge("newsevents.stream.subscribers", subscriberCount);
        registry.gauge("newsevents.stream.position", this, s -> s.watermark);
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stream-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
        for (Subscriber subscriber : live) {
            subscriber.close();
        }
        live.clear();
    }

    /** The watermark: every event up to this position is final and reflected in the projections (0 if unknown). */
    public long position() {
        return Math.max(watermark, 0);
    }

    /**
     * Registers a client. It receives the events after {@code after} (its Last-Event-ID), or, when null, the events
     * after the current watermark.
     */
    public void subscribe(SseEventSink sink, Sse sse, Long after, StreamFilter filter) {
        Subscriber subscriber = new Subscriber(sink, sse, after, filter);
        subscriberCount.incrementAndGet();
        pending.add(subscriber);
        if (executor != null) {
            executor.execute(this::admitSafely);
        }
    }

    private void tick() {
        try {
            if (watermark < 0 && !initialise()) {
                return;
            }
            advance();
            admit();
            heartbeat();
            warnedUnavailable = false;
        } catch (SQLException | RuntimeException e) {
            if (!warnedUnavailable) {
                LOG.warnf("live stream cannot read the event log yet: %s", e.getMessage());
                warnedUnavailable = true;
            }
        }
    }

    private void admitSafely() {
        try {
            if (watermark >= 0) {
                admit();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("cannot admit stream subscribers yet: %s", e.getMessage());
        }
    }

    /**
     * Starts at the current maximum position once every transaction that was in progress at that moment has ended,
     * so no smaller position can still appear.
     */
    private boolean initialise() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (initialXmax < 0) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint,"
                                + " (SELECT coalesce(max(position), 0) FROM event_log)");
                     ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    initialXmax = rs.getLong(1);
                    pendingInitialPosition = rs.getLong(2);
                }
            }
            if (snapshotXmin(connection) >= initialXmax) {
                watermark = pendingInitialPosition;
                LOG.infof("live stream starts at event log position %d", watermark);
                return true;
            }
            return false;
        }
    }

    private long pendingInitialPosition;

    private static long snapshotXmin(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves the watermark over every final row after it and sends those rows to the live subscribers. */
    private void advance() throws SQLException {
        while (true) {
            Batch batch = readAfter(watermark);
            if (batch.positions.isEmpty()) {
                gaps.clear();
                return;
            }
            long expected = watermark + 1;
            int accepted = 0;
            long now = System.nanoTime();
            for (long position : batch.positions) {
                if (position != expected) {
                    Gap gap = gaps.computeIfAbsent(expected, k -> new Gap(now, batch.xmax));
                    if (!gap.isFinal(now, batch.xmin, gapGrace)) {
                        break;
                    }
                    gaps.remove(expected);
                }
                accepted++;
                expected = position + 1;
            }
            if (accepted == 0) {
                return;
            }
            long from = watermark;
            long upTo = expected - 1;
            List<Prepared> prepared = prepare(events.between(from, upTo, batchSize));
            watermark = upTo;
            for (Iterator<Subscriber> it = live.iterator(); it.hasNext(); ) {
                Subscriber subscriber = it.next();
                if (!subscriber.send(prepared)) {
                    it.remove();
                    subscriberCount.decrementAndGet();
                }
            }
            if (accepted < batch.positions.size() || batch.positions.size() < batchSize) {
                return;
            }
        }
    }

    /** Replays each new subscriber's backlog up to the watermark, then makes it live. */
    private void admit() throws SQLException {
        Subscriber subscriber;
        while ((subscriber = pending.poll()) != null) {
            if (subscriber.cursor == null) {
                subscriber.cursor = watermark;
            }
            boolean open = true;
            while (open && subscriber.cursor < watermark) {
                List<EventLogEntry> backlog = events.between(subscriber.cursor, watermark, batchSize);
                if (backlog.isEmpty()) {
                    subscriber.cursor = watermark;
                    break;
                }
                open = subscriber.send(prepare(backlog));
                subscriber.cursor = Math.max(subscriber.cursor, backlog.get(backlog.size() - 1).position());
            }
            if (open && subscriber.sendComment("live from position " + subscriber.cursor)) {
                live.add(subscriber);
            } else {
                subscriberCount.decrementAndGet();
                subscriber.close();
            }
        }
    }

    private void heartbeat() {
        long now = System.nanoTime();
        if (now - lastHeartbeat < HEARTBEAT.toNanos()) {
            return;
        }
        lastHeartbeat = now;
        for (Iterator<Subscriber> it = live.iterator(); it.hasNext(); ) {
            Subscriber subscriber = it.next();
            if (!subscriber.sendComment("heartbeat " + watermark)) {
                it.remove();
                subscriberCount.decrementAndGet();
            }
        }
    }

    /** The positions after {@code after} (up to a batch), with the snapshot they were read in. */
    private Batch readAfter(long after) throws SQLException {
        List<Long> positions = new ArrayList<>();
        long xmin;
        long xmax;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin,"
                             + " pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax, e.position"
                             + " FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT position FROM event_log"
                             + " WHERE position > ? ORDER BY position LIMIT ?) e ON true ORDER BY e.position")) {
            statement.setLong(1, after);
            statement.setInt(2, batchSize);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                xmin = rs.getLong("xmin");
                xmax = rs.getLong("xmax");
                do {
                    long position = rs.getLong("position");
                    if (!rs.wasNull()) {
                        positions.add(position);
                    }
                } while (rs.next());
            }
        }
        return new Batch(positions, xmin, xmax);
    }

    /** Events with their current fact, serialised once for every subscriber. */
    private List<Prepared> prepare(List<EventLogEntry> entries) throws SQLException {
        LinkedHashSet<String> factIds = new LinkedHashSet<>();
        for (EventLogEntry entry : entries) {
            if (entry.factId() != null) {
                factIds.add(entry.factId());
            }
        }
        Map<String, FactDto> factsById = new HashMap<>();
        for (FactDto fact : facts.byIds(factIds)) {
            factsById.put(fact.factId(), fact);
        }
        List<Prepared> prepared = new ArrayList<>(entries.size());
        for (EventLogEntry entry : entries) {
            FactDto fact = entry.factId() == null ? null : factsById.get(entry.factId());
            StreamEvent event = new StreamEvent(entry.position(), entry.eventId(), entry.type(), entry.articleId(),
                    entry.recordedAt(), fact);
            List<String> actors = new ArrayList<>();
            if (fact != null) {
                StreamFilter.addIso3s(fact.actors(), actors);
            } else {
                payloadIso3s(entry.payload(), actors);
            }
            try {
                prepared.add(new Prepared(event, actors, mapper.writeValueAsString(event)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise stream event " + entry.position(), e);
            }
        }
        return prepared;
    }

    private static void payloadIso3s(JsonNode payload, List<String> into) {
        if (payload == null) {
            return;
        }
        for (String field : List.of("parties", "participants")) {
            for (JsonNode actor : payload.path(field)) {
                addIso3(actor, into);
            }
        }
        addIso3(payload.path("withholder"), into);
        addIso3(payload.path("target"), into);
    }

    private static void addIso3(JsonNode actor, List<String> into) {
        JsonNode iso3 = actor.path("iso3");
        if (iso3.isTextual()) {
            into.add(iso3.asText());
        }
    }

    private record Batch(List<Long> positions, long xmin, long xmax) {
    }

    /** A missing position first seen at {@code seenAt} (nanos), when the snapshot's xmax was {@code xmax}. */
    private record Gap(long seenAt, long xmax) {
        boolean isFinal(long now, long currentXmin, Duration grace) {
            return currentXmin >= xmax && now - seenAt >= grace.toNanos();
        }
    }

    private record Prepared(StreamEvent event, List<String> actors, String json) {
    }

    /** One connected client and the position it has been sent up to. */
    private final class Subscriber {
        private final SseEventSink sink;
        private final Sse sse;
        private final StreamFilter filter;
        private Long cursor;

        Subscriber(SseEventSink sink, Sse sse, Long cursor, StreamFilter filter) {
            this.sink = sink;
            this.sse = sse;
            this.cursor = cursor;
            this.filter = filter;
        }

        /** Sends the events after the cursor that pass the filter; false when the client is gone. */
        boolean send(List<Prepared> batch) {
            if (sink.isClosed()) {
                return false;
            }
            for (Prepared prepared : batch) {
                long position = prepared.event().position();
                if (position <= cursor) {
                    continue;
                }
                cursor = position;
                if (!filter.accepts(prepared.event(), prepared.actors())) {
                    continue;
                }
                // data is the JSON text itself; no media type, which Quarkus would write as a non-standard field
                OutboundSseEvent event = sse.newEventBuilder()
                        .id(Long.toString(position))
                        .name(prepared.event().type())
                        .data(prepared.json())
                        .reconnectDelay(1000)
                        .build();
                sink.send(event).exceptionally(e -> {
                    close();
                    return null;
                });
                delivered.increment();
            }
            return !sink.isClosed();
        }

        boolean sendComment(String comment) {
            if (sink.isClosed()) {
                return false;
            }
            sink.send(sse.newEventBuilder().comment(comment).build()).exceptionally(e -> {
                close();
                return null;
            });
            return true;
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.debugf("closing a stream subscriber: %s", e.getMessage());
            }
        }
    }
}
