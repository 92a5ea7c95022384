package io.newsevents.store.repository;

import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.store.identity.Claim;
import io.newsevents.store.identity.FactActor;
import io.newsevents.store.identity.ProjectedFact;
import io.newsevents.store.schema.BadRecordException;
import io.newsevents.store.schema.EventParser;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rebuildable tables: claim, fact, fact_actor, fact_source. */
public final class ProjectionRepository {

    /** What the projection knows of one event id. */
    public record ClaimRow(String eventId, String articleId, String groupKey, boolean active) {
    }

    private ProjectionRepository() {
    }

    public static Optional<ClaimRow> findClaim(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, article_id, group_key, active FROM claim WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public static List<ClaimRow> claimsOfArticle(Connection c, String articleId) throws SQLException {
        List<ClaimRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, article_id, group_key, active FROM claim WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    /**
     * Inserts or replaces the claim of an event id; a known claim keeps the time it was first recorded.
     */
    public static void upsertClaim(Connection c, NewsEvent event, String groupKey, boolean active,
                                   Instant recordedAt) throws SQLException {
        String sql = "INSERT INTO claim (event_id, article_id, type, group_key, payload, active, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (event_id) DO UPDATE SET"
                + " article_id = EXCLUDED.article_id, type = EXCLUDED.type, group_key = EXCLUDED.group_key,"
                + " payload = EXCLUDED.payload, active = EXCLUDED.active";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, event.eventId());
            ps.setString(2, event.articleId());
            ps.setString(3, event.type());
            ps.setString(4, groupKey);
            ps.setString(5, Json.write(event));
            ps.setBoolean(6, active);
            ps.setTimestamp(7, Timestamp.from(recordedAt));
            ps.executeUpdate();
        }
    }

    public static void setActive(Connection c, String eventId, boolean active) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE claim SET active = ? WHERE event_id = ?")) {
            ps.setBoolean(1, active);
            ps.setString(2, eventId);
            ps.executeUpdate();
        }
    }

    public static List<Claim> activeClaims(Connection c, String groupKey) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, article_id, payload::text, recorded_at"
                + " FROM claim WHERE group_key = ? AND active")) {
            ps.setString(1, groupKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        claims.add(new Claim(rs.getString(1), rs.getString(2), EventParser.readStored(rs.getString(3)),
                                rs.getTimestamp(4).toInstant()));
                    } catch (BadRecordException e) {
                        // cannot happen for payloads this store wrote; left out, as a rebuild would leave it out
                    }
                }
            }
        }
        return claims;
    }

    /** Replaces every fact of the group by the given ones (their actors and sources go with them). */
    public static void replaceGroup(Connection c, String groupKey, List<ProjectedFact> facts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM fact WHERE group_key = ?")) {
            ps.setString(1, groupKey);
            ps.executeUpdate();
        }
        insertFacts(c, facts);
    }

    public static void insertFacts(Connection c, List<ProjectedFact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        String factSql = "INSERT INTO fact (fact_id, type, date, date_from, date_to, category, value_amount,"
                + " value_currency, items, name, location, source_count, first_seen, last_seen, group_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)";
        String actorSql = "INSERT INTO fact_actor (fact_id, role, actor_key, name, iso3, kind, position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        String sourceSql = "INSERT INTO fact_source (fact_id, event_id, article_id, evidence_text, evidence_start,"
                + " evidence_end, confidence, date, extractor_name, extractor_version, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement fact = c.prepareStatement(factSql);
             PreparedStatement actor = c.prepareStatement(actorSql);
             PreparedStatement source = c.prepareStatement(sourceSql)) {
            for (ProjectedFact f : facts) {
                fact.setString(1, f.factId());
                fact.setString(2, f.type());
                fact.setString(3, f.date());
                fact.setDate(4, f.dateFrom() == null ? null : Date.valueOf(f.dateFrom()));
                fact.setDate(5, f.dateTo() == null ? null : Date.valueOf(f.dateTo()));
                fact.setString(6, f.category());
                if (f.valueAmount() == null) {
                    fact.setNull(7, Types.BIGINT);
                } else {
                    fact.setLong(7, f.valueAmount());
                }
                fact.setString(8, f.valueCurrency());
                fact.setString(9, Json.write(f.items()));
                fact.setString(10, f.name());
                fact.setString(11, f.location());
                fact.setInt(12, f.sourceCount());
                fact.setTimestamp(13, Timestamp.from(f.firstSeen()));
                fact.setTimestamp(14, Timestamp.from(f.lastSeen()));
                fact.setString(15, f.groupKey());
                fact.addBatch();
                for (FactActor a : f.actors()) {
                    actor.setString(1, f.factId());
                    actor.setString(2, a.role());
                    actor.setString(3, a.actorKey());
                    actor.setString(4, a.name());
                    actor.setString(5, a.iso3());
                    actor.setString(6, a.kind());
                    actor.setInt(7, a.position());
                    actor.addBatch();
                }
                for (Claim s : f.sources()) {
                    NewsEvent e = s.event();
                    source.setString(1, f.factId());
                    source.setString(2, s.eventId());
                    source.setString(3, s.articleId());
                    source.setString(4, e.evidence().text());
                    source.setInt(5, e.evidence().start());
                    source.setInt(6, e.evidence().end());
                    source.setDouble(7, e.confidence());
                    source.setString(8, e.date());
                    source.setString(9, e.extractor() == null ? null : e.extractor().name());
                    source.setString(10, e.extractor() == null ? null : e.extractor().version());
                    source.setTimestamp(11, Timestamp.from(s.recordedAt()));
                    source.addBatch();
                }
            }
            fact.executeBatch();
            actor.executeBatch();
            source.executeBatch();
        }
    }

    /** Empties the projections (not the logs). */
    public static void truncate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE fact_source, fact_actor, fact, claim");
        }
    }

    /** Inserts claims in bulk (rebuild). */
    public static void insertClaims(Connection c, List<Claim> claims, List<String> groupKeys, List<Boolean> active)
            throws SQLException {
        String sql = "INSERT INTO claim (event_id, article_id, type, group_key, payload, active, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < claims.size(); i++) {
                Claim claim = claims.get(i);
                ps.setString(1, claim.eventId());
                ps.setString(2, claim.articleId());
                ps.setString(3, claim.event().type());
                ps.setString(4, groupKeys.get(i));
                ps.setString(5, Json.write(claim.event()));
                ps.setBoolean(6, active.get(i));
                ps.setTimestamp(7, Timestamp.from(claim.recordedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static ClaimRow row(ResultSet rs) throws SQLException {
        return new ClaimRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
    }
}
