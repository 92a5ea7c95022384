package io.newsevents.store.service;

import io.newsevents.events.NewsEvent;
import io.newsevents.store.identity.Claim;
import io.newsevents.store.identity.FactIdentity;
import io.newsevents.store.identity.ProjectedFact;
import io.newsevents.store.identity.Projector;
import io.newsevents.store.repository.LogRepository;
import io.newsevents.store.repository.LogRepository.LoggedMarker;
import io.newsevents.store.schema.BadRecordException;
import io.newsevents.store.schema.EventParser;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the logs (event_log, event_revision, extraction_log) and derives the claims and facts from them, with the same
 * rules the live projection applies one record at a time. Used by rebuild (everything) and by as-of queries (what was
 * recorded up to a time).
 */
public final class LogReplay {

    /** A claim with its fact group and whether its article's latest extraction still makes it. */
    public record ReplayedClaim(Claim claim, String groupKey, boolean active) {
    }

    private LogReplay() {
    }

    /**
     * @param asOf  only log rows recorded at or before this time; null for all
     * @param read  counts log rows read (progress)
     */
    public static List<ReplayedClaim> claims(Connection c, Instant asOf, AtomicLong read) throws SQLException {
        Map<String, Claim> claims = new LinkedHashMap<>();
        LogRepository.events(c, asOf, row -> {
            read.incrementAndGet();
            NewsEvent event = readOrNull(row.payload());
            if (event != null) {
                claims.putIfAbsent(row.eventId(), new Claim(row.eventId(), event.articleId(), event, row.recordedAt()));
            }
        });
        LogRepository.revisions(c, asOf, row -> {
            read.incrementAndGet();
            NewsEvent event = readOrNull(row.payload());
            Claim first = claims.get(row.eventId());
            if (event != null && first != null) {
                claims.put(row.eventId(), new Claim(row.eventId(), event.articleId(), event, first.recordedAt()));
            }
        });
        Map<String, LoggedMarker> latest = new HashMap<>();
        Comparator<LoggedMarker> order = Comparator.comparing(LoggedMarker::extractedAt)
                .thenComparingLong(LoggedMarker::position);
        LogRepository.markers(c, asOf, marker -> {
            read.incrementAndGet();
            latest.merge(marker.articleId(), marker, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        });
        Map<String, Set<String>> current = new HashMap<>();
        latest.forEach((article, marker) -> current.put(article, new HashSet<>(marker.eventIds())));

        List<ReplayedClaim> result = new ArrayList<>(claims.size());
        for (Claim claim : claims.values()) {
            Set<String> supported = current.get(claim.articleId());
            boolean active = supported == null || supported.contains(claim.eventId());
            result.add(new ReplayedClaim(claim, FactIdentity.groupKey(claim.event()), active));
        }
        return result;
    }

    /** The active claims by fact group, groups in key order. */
    public static Map<String, List<Claim>> activeByGroup(List<ReplayedClaim> claims) {
        Map<String, List<Claim>> groups = new TreeMap<>();
        for (ReplayedClaim claim : claims) {
            if (claim.active()) {
                groups.computeIfAbsent(claim.groupKey(), g -> new ArrayList<>()).add(claim.claim());
            }
        }
        return groups;
    }

    /** Every fact the claims make. */
    public static List<ProjectedFact> facts(List<ReplayedClaim> claims) {
        List<ProjectedFact> facts = new ArrayList<>();
        activeByGroup(claims).forEach((group, members) -> facts.addAll(Projector.project(group, members)));
        return facts;
    }

    private static NewsEvent readOrNull(String payload) {
        try {
            return EventParser.readStored(payload);
        } catch (BadRecordException e) {
            return null; // the log only holds accepted events; one that no longer reads is left out, as live would
        }
    }
}
