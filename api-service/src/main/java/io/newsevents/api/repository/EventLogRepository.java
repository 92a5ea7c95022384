package io.newsevents.api.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsevents.api.model.EventLogEntry;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the append-only event log. */
@ApplicationScoped
public class EventLogRepository {

    private static final String COLUMNS = "position, event_id, type, schema_version, article_id, payload::text AS payload,"
            + " kafka_topic, kafka_partition, kafka_offset, recorded_at";

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public EventLogRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Every event recorded for an article, in order of arrival. */
    public List<EventLogEntry> byArticle(String articleId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM event_log WHERE article_id = ? ORDER BY position")) {
            statement.setString(1, articleId);
            return read(statement);
        }
    }

    /**
     * Events recorded in [from, to) after position {@code after}, in order of arrival; at most {@code limit} rows.
     */
    public List<EventLogEntry> range(OffsetDateTime from, OffsetDateTime to, long after, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM event_log WHERE position > ?");
        List<Object> args = new ArrayList<>();
        args.add(after);
        if (from != null) {
            sql.append(" AND recorded_at >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND recorded_at < ?");
            args.add(to);
        }
        sql.append(" ORDER BY position LIMIT ?");
        args.add(limit);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return read(statement);
        }
    }

    /** Events with positions in (after, upTo], in order; at most {@code limit} rows. */
    public List<EventLogEntry> between(long after, long upTo, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM event_log WHERE position > ? AND position <= ? ORDER BY position LIMIT ?")) {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            statement.setInt(3, limit);
            return read(statement);
        }
    }

    /** Which fact each event now supports (events whose claim was withdrawn have none). */
    public Map<String, String> factIdsByEventId(Collection<String> eventIds) throws SQLException {
        Map<String, String> factIds = new HashMap<>();
        if (eventIds.isEmpty()) {
            return factIds;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT event_id, fact_id FROM fact_source WHERE event_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    factIds.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return factIds;
    }

    private List<EventLogEntry> read(PreparedStatement statement) throws SQLException {
        List<EventLogEntry> entries = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                int partition = rs.getInt("kafka_partition");
                Integer kafkaPartition = rs.wasNull() ? null : partition;
                long offset = rs.getLong("kafka_offset");
                Long kafkaOffset = rs.wasNull() ? null : offset;
                entries.add(new EventLogEntry(rs.getLong("position"), rs.getString("event_id"), rs.getString("type"),
                        rs.getInt("schema_version"), rs.getString("article_id"), json(rs.getString("payload")),
                        rs.getString("kafka_topic"), kafkaPartition, kafkaOffset,
                        rs.getObject("recorded_at", OffsetDateTime.class)));
            }
        }
        return entries;
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            return mapper.getNodeFactory().textNode(text);
        }
    }
}
