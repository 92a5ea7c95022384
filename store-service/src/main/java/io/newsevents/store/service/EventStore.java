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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Appends what the store consumes to the logs and updates the projections in the same database transaction.
 *
 * <p>The current state is a function of the logs: the claims are the logged events (latest payload per event id);
 * a claim is active unless its article has a marker and the latest marker does not list it; the facts are
 * {@link Projector#project} of each group's active claims. Each record re-projects exactly the groups it touches.
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

    /** @param raw the event as received (logged as is); {@code parsed} is its upcast, validated form */
    public Outcome append(String raw, EventParser.Parsed parsed, KafkaCoordinates from) throws SQLException {
        NewsEvent event = parsed.event();
        return Transactions.inTransaction(dataSource, c -> {
            Locks.globalShared(c);
            Locks.article(c, event.articleId());
            Outcome outcome;
            Optional<Instant> recorded = LogRepository.insertEvent(c, event.eventId(), event.type(),
                    parsed.receivedVersion(), event.articleId(), raw, from);
            if (recorded.isPresent()) {
                outcome = Outcome.APPENDED;
            } else if (LogRepository.isCurrentPayload(c, event.eventId(), raw)) {
                outcome = Outcome.DUPLICATE;
            } else {
                LogRepository.insertRevision(c, event.eventId(), parsed.receivedVersion(), raw, from);
                outcome = Outcome.REVISED;
            }
            LogRepository.checkpoint(c, from);
            if (outcome == Outcome.DUPLICATE) {
                return outcome;
            }
            Optional<ClaimRow> before = ProjectionRepository.findClaim(c, event.eventId());
            String group = FactIdentity.groupKey(event);
            Set<String> groups = new TreeSet<>();
            groups.add(group);
            before.ifPresent(row -> groups.add(row.groupKey()));
            Locks.groups(c, groups);
            Optional<List<String>> marker = LogRepository.latestMarkerIds(c, event.articleId());
            boolean active = marker.isEmpty() || marker.get().contains(event.eventId());
            ProjectionRepository.upsertClaim(c, event, group, active, recorded.orElseGet(Instant::now));
            for (String g : groups) {
                reproject(c, g);
            }
            return outcome;
        });
    }

    /**
     * Records an extraction marker; when it is (still) the article's latest, the article's claims it does not list
     * become inactive and the ones it lists become active again.
     */
    public Outcome recordMarker(String raw, ArticleExtracted marker, KafkaCoordinates from) throws SQLException {
        String markerId = markerId(marker);
        Instant extractedAt = parseInstant(marker.extractedAt());
        return Transactions.inTransaction(dataSource, c -> {
            Locks.globalShared(c);
            Locks.article(c, marker.articleId());
            boolean inserted = LogRepository.insertMarker(c, markerId, marker, extractedAt, raw, from);
            LogRepository.checkpoint(c, from);
            if (!inserted) {
                return Outcome.DUPLICATE;
            }
            Set<String> supported = new HashSet<>(LogRepository.latestMarkerIds(c, marker.articleId()).orElseThrow());
            Set<String> groups = new TreeSet<>();
            List<ClaimRow> claims = ProjectionRepository.claimsOfArticle(c, marker.articleId());
            for (ClaimRow claim : claims) {
                if (claim.active() != supported.contains(claim.eventId())) {
                    groups.add(claim.groupKey());
                }
            }
            Locks.groups(c, groups);
            for (ClaimRow claim : claims) {
                boolean active = supported.contains(claim.eventId());
                if (claim.active() != active) {
                    ProjectionRepository.setActive(c, claim.eventId(), active);
                }
            }
            for (String g : groups) {
                reproject(c, g);
            }
            return Outcome.APPENDED;
        });
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
