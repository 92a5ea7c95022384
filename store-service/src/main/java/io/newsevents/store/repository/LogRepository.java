package io.newsevents.store.repository;

import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.Json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The append-only tables: event_log, event_revision, extraction_log, and the consumer checkpoint. */
public final class LogRepository {

    /** A row of event_log or event_revision, in log order. */
    public record LoggedEvent(long position, String eventId, String articleId, String payload, Instant recordedAt) {
    }

    /** A row of extraction_log. */
    public record LoggedMarker(long position, String articleId, List<String> eventIds, Instant extractedAt,
                               Instant recordedAt) {
    }

    private LogRepository() {
    }

    /** Appends the event unless its id is known; returns when it was recorded, or empty for a known id. */
    public static Optional<Instant> insertEvent(Connection c, String eventId, String type, int schemaVersion,
                                                String articleId, String payload, KafkaCoordinates from)
            throws SQLException {
        String sql = "INSERT INTO event_log (event_id, type, schema_version, article_id, payload, kafka_topic,"
                + " kafka_partition, kafka_offset) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)"
                + " ON CONFLICT (event_id) DO NOTHING RETURNING recorded_at";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            ps.setString(2, type);
            ps.setInt(3, schemaVersion);
            ps.setString(4, articleId);
            ps.setString(5, payload);
            setCoordinates(ps, 6, from);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }

    /**
     * Whether the id's current payload (its latest revision, else its event_log row) is this one, compared as JSON
     * values. Records of one event id share a key, hence a partition: a redelivery replays them in their order, so
     * comparing with the current payload keeps the latest one produced (also after an extractor is rolled back).
     */
    public static boolean isCurrentPayload(Connection c, String eventId, String payload) throws SQLException {
        String sql = "SELECT COALESCE((SELECT r.payload FROM event_revision r WHERE r.event_id = ?"
                + " ORDER BY r.position DESC LIMIT 1), (SELECT e.payload FROM event_log e WHERE e.event_id = ?))"
                + " = ?::jsonb";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            ps.setString(2, eventId);
            ps.setString(3, payload);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    public static void insertRevision(Connection c, String eventId, int schemaVersion, String payload,
                                      KafkaCoordinates from) throws SQLException {
        String sql = "INSERT INTO event_revision (event_id, schema_version, payload, kafka_topic, kafka_partition,"
                + " kafka_offset) VALUES (?, ?, ?::jsonb, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            ps.setInt(2, schemaVersion);
            ps.setString(3, payload);
            setCoordinates(ps, 4, from);
            ps.executeUpdate();
        }
    }

    /** Appends the marker unless the same marker was recorded before; true when it is new. */
    public static boolean insertMarker(Connection c, String markerId, ArticleExtracted marker, Instant extractedAt,
                                       String payload, KafkaCoordinates from) throws SQLException {
        String sql = "INSERT INTO extraction_log (marker_id, article_id, text_sha256, extractor_name,"
                + " extractor_version, event_ids, extracted_at, payload, kafka_topic, kafka_partition, kafka_offset)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, COALESCE(?, now()), ?::jsonb, ?, ?, ?)"
                + " ON CONFLICT (marker_id) DO NOTHING";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, markerId);
            ps.setString(2, marker.articleId());
            ps.setString(3, marker.textSha256());
            ps.setString(4, marker.extractor() == null ? null : marker.extractor().name());
            ps.setString(5, marker.extractor() == null ? null : marker.extractor().version());
            ps.setString(6, Json.write(marker.eventIds()));
            ps.setTimestamp(7, extractedAt == null ? null : Timestamp.from(extractedAt));
            ps.setString(8, payload);
            setCoordinates(ps, 9, from);
            return ps.executeUpdate() == 1;
        }
    }

    /** Records how far the store got in a partition, in the same transaction as the change the record caused. */
    public static void checkpoint(Connection c, KafkaCoordinates from) throws SQLException {
        if (from.topic() == null || from.partition() == null || from.offset() == null) {
            return;
        }
        String sql = "INSERT INTO consumer_checkpoint (kafka_topic, kafka_partition, next_offset) VALUES (?, ?, ?)"
                + " ON CONFLICT (kafka_topic, kafka_partition) DO UPDATE"
                + " SET next_offset = GREATEST(consumer_checkpoint.next_offset, EXCLUDED.next_offset)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, from.topic());
            ps.setInt(2, from.partition());
            ps.setLong(3, from.offset() + 1);
            ps.executeUpdate();
        }
    }

    /** event_log rows recorded at or before {@code asOf} (all when null), in log order. */
    public static void events(Connection c, Instant asOf, Consumer<LoggedEvent> sink) throws SQLException {
        stream(c, "SELECT position, event_id, article_id, payload::text, recorded_at FROM event_log"
                + where(asOf) + " ORDER BY position", asOf, rs -> sink.accept(new LoggedEvent(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())));
    }

    /** event_revision rows recorded at or before {@code asOf} (all when null), in log order (articleId is null). */
    public static void revisions(Connection c, Instant asOf, Consumer<LoggedEvent> sink) throws SQLException {
        stream(c, "SELECT position, event_id, NULL, payload::text, recorded_at FROM event_revision"
                + where(asOf) + " ORDER BY position", asOf, rs -> sink.accept(new LoggedEvent(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())));
    }

    /** extraction_log rows recorded at or before {@code asOf} (all when null), in log order. */
    public static void markers(Connection c, Instant asOf, Consumer<LoggedMarker> sink) throws SQLException {
        stream(c, "SELECT position, article_id, event_ids::text, extracted_at, recorded_at FROM extraction_log"
                + where(asOf) + " ORDER BY position", asOf, rs -> sink.accept(new LoggedMarker(rs.getLong(1),
                rs.getString(2), List.of(Json.read(rs.getString(3), String[].class)),
                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())));
    }

    /** The event ids of the article's authoritative marker (latest extracted_at, then latest recorded). */
    public static Optional<List<String>> latestMarkerIds(Connection c, String articleId) throws SQLException {
        String sql = "SELECT event_ids::text FROM extraction_log WHERE article_id = ?"
                + " ORDER BY extracted_at DESC, position DESC LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(List.of(Json.read(rs.getString(1), String[].class)))
                        : Optional.empty();
            }
        }
    }

    private static String where(Instant asOf) {
        return asOf == null ? "" : " WHERE recorded_at <= ?";
    }

    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void stream(Connection c, String sql, Instant asOf, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(500); // a cursor, not the whole log in memory at once (needs autocommit off)
            if (asOf != null) {
                ps.setTimestamp(1, Timestamp.from(asOf));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }

    static void setCoordinates(PreparedStatement ps, int index, KafkaCoordinates from) throws SQLException {
        ps.setString(index, from.topic());
        if (from.partition() == null) {
            ps.setNull(index + 1, Types.INTEGER);
        } else {
            ps.setInt(index + 1, from.partition());
        }
        if (from.offset() == null) {
            ps.setNull(index + 2, Types.BIGINT);
        } else {
            ps.setLong(index + 2, from.offset());
        }
    }
}
