package io.newsevents.store.service;

import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.Hashing;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.store.identity.FactIdentity;
import io.newsevents.store.identity.Projector;
import io.newsevents.store.repository.KafkaCoordinates;
import io.newsevents.store.repository.Locks;
import io.newsevents.store.repository.LogRepository;
import io.newsevents.store.repository.ProjectionRepository;
import io.newsevents.store.repository.ProjectionRepository.ClaimRow;
import io.newsevents.store.schema.EventParser;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Appends what the store consumes to the logs and updates the projections in the same database transaction.
 *
 * <p>The current state is a function of the logs: the claims are the logged events (latest payload per event id);
 * a claim is active unless its article has a marker and the latest marker does not list it; the facts are
 * {@link Projector#project} of each group's active claims. A batch of records re-projects exactly the groups its
 * records touch, once each.
 */
@ApplicationScoped
public class EventStore {

    public enum Outcome {
        /** A new event id (or marker): logged and projected. */
        APPENDED,
        /** A known event id with a different payload (re-extraction): logged as a revision and re-projected. */
        REVISED,
        /** The event id's current payload already is exactly this: nothing changed. */
        DUPLICATE
    }

    private final AgroalDataSource dataSource;

    public EventStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A consumed record the store accepted: an event ({@code event} set) or an extraction marker ({@code marker} set),
     * with its raw JSON (logged as is) and where it came from.
     */
    public record Item(String raw, EventParser.Parsed event, ArticleExtracted marker, KafkaCoordinates from) {

        public static Item event(String raw, EventParser.Parsed event, KafkaCoordinates from) {
            return new Item(raw, event, null, from);
        }

        public static Item marker(String raw, ArticleExtracted marker, KafkaCoordinates from) {
            return new Item(raw, null, marker, from);
        }

        String articleId() {
            return event != null ? event.event().articleId() : marker.articleId();
        }
    }

    /**
     * Applies records in order in ONE transaction: each is appended to its log (or recognised as a duplicate), then
     * every fact group any of them touched is re-projected once. The result is the same as applying them one by one.
     *
     * @return the outcome of each item, in order
     */
    public List<Outcome> apply(List<Item> items) throws SQLException {
        return Transactions.inTransaction(dataSource, c -> {
            Locks.globalShared(c);
            Set<String> articles = new TreeSet<>();
            for (Item item : items) {
                articles.add(item.articleId());
            }
            for (String article : articles) {
                Locks.article(c, article);
            }
            List<Outcome> outcomes = new ArrayList<>(items.size());
            Set<String> groups = new TreeSet<>();
            Map<String, Optional<List<String>>> markers = new HashMap<>();
            Map<String, KafkaCoordinates> checkpoints = new LinkedHashMap<>();
            for (Item item : items) {
                outcomes.add(item.event() != null ? appendEvent(c, item, groups, markers)
                        : appendMarker(c, item, groups, markers));
                if (item.from().topic() != null) {
                    checkpoints.merge(item.from().topic() + '\u001f' + item.from().partition(), item.from(),
                            (a, b) -> a.offset() == null || (b.offset() != null && b.offset() > a.offset()) ? b : a);
                }
            }
            for (KafkaCoordinates checkpoint : checkpoints.values()) {
                LogRepository.checkpoint(c, checkpoint);
            }
            // claims are written before the group locks: whoever re-projects a group last, having its lock, reads
            // every claim committed before plus its own, so concurrent writers cannot leave a group stale
            Locks.groups(c, groups);
            for (String group : groups) {
                reproject(c, group);
            }
            return outcomes;
        });
    }

    /** @param markers the latest marker's event ids per article, as far as this transaction looked them up */
    private static Outcome appendEvent(Connection c, Item item, Set<String> groups,
                                       Map<String, Optional<List<String>>> markers) throws SQLException {
        NewsEvent event = item.event().event();
        int version = item.event().receivedVersion();
        Optional<Instant> recorded = LogRepository.insertEvent(c, event.eventId(), event.type(), version,
                event.articleId(), item.raw(), item.from());
        Outcome outcome;
        if (recorded.isPresent()) {
            outcome = Outcome.APPENDED;
        } else if (LogRepository.isCurrentPayload(c, event.eventId(), item.raw())) {
            return Outcome.DUPLICATE;
        } else {
            LogRepository.insertRevision(c, event.eventId(), version, item.raw(), item.from());
            outcome = Outcome.REVISED;
        }
        if (outcome == Outcome.REVISED) { // a new event id has no claim yet
            ProjectionRepository.findClaim(c, event.eventId()).ifPresent(before -> groups.add(before.groupKey()));
        }
        String group = FactIdentity.groupKey(event);
        groups.add(group);
        Optional<List<String>> marker = latestMarkerIds(c, event.articleId(), markers);
        boolean active = marker.isEmpty() || marker.get().contains(event.eventId());
        ProjectionRepository.upsertClaim(c, event, group, active, recorded.orElseGet(Instant::now));
        return outcome;
    }

    /**
     * Records an extraction marker; when it is (still) the article's latest, the article's claims it does not list
     * become inactive and the ones it lists become active again.
     */
    private static Outcome appendMarker(Connection c, Item item, Set<String> groups,
                                        Map<String, Optional<List<String>>> markers) throws SQLException {
        ArticleExtracted marker = item.marker();
        if (!LogRepository.insertMarker(c, markerId(marker), marker, parseInstant(marker.extractedAt()), item.raw(),
                item.from())) {
            return Outcome.DUPLICATE;
        }
        markers.remove(marker.articleId());
        Set<String> supported = new HashSet<>(latestMarkerIds(c, marker.articleId(), markers).orElseThrow());
        for (ClaimRow claim : ProjectionRepository.claimsOfArticle(c, marker.articleId())) {
            boolean active = supported.contains(claim.eventId());
            if (claim.active() != active) {
                ProjectionRepository.setActive(c, claim.eventId(), active);
                groups.add(claim.groupKey());
            }
        }
        return Outcome.APPENDED;
    }

    private static Optional<List<String>> latestMarkerIds(Connection c, String articleId,
                                                          Map<String, Optional<List<String>>> cache)
            throws SQLException {
        Optional<List<String>> ids = cache.get(articleId);
        if (ids == null) {
            ids = LogRepository.latestMarkerIds(c, articleId);
            cache.put(articleId, ids);
        }
        return ids;
    }

    static void reproject(Connection c, String groupKey) throws SQLException {
        ProjectionRepository.replaceGroup(c, groupKey,
                Projector.project(groupKey, ProjectionRepository.activeClaims(c, groupKey)));
    }

    /** Same marker content, same id: a redelivered marker is recognised. */
    static String markerId(ArticleExtracted marker) {
        return "m-" + Hashing.sha256Hex(Json.write(marker)).substring(0, 32);
    }

    /** An ISO instant or date-time (UTC when it has no offset); null when absent or unreadable. */
    static Instant parseInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
