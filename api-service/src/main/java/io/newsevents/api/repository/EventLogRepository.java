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
import java.util.List;

/** Reads the append-only event log. */
@ApplicationScoped
public class EventLogRepository {

    /**
     * The log's columns plus the fact the event supports now: a claim that a later re-extraction of its article
     * withdrew (or that the store has not projected yet) supports none.
     */
    private static final String COLUMNS = "e.position, e.event_id, e.type, e.schema_version, e.article_id,"
            + " e.payload::text AS payload, e.kafka_topic, e.kafka_partition, e.kafka_offset, e.recorded_at,"
            + " fs.fact_id";
    private static final String FROM = " FROM event_log e LEFT JOIN LATERAL (SELECT fact_id FROM fact_source"
            + " WHERE fact_source.event_id = e.event_id LIMIT 1) fs ON true";

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
                     "SELECT " + COLUMNS + FROM + " WHERE e.article_id = ? ORDER BY e.position")) {
            statement.setString(1, articleId);
            return read(statement);
        }
    }

    /**
     * Events recorded in [from, to) after position {@code after}, in order of arrival; at most {@code limit} rows.
     */
    public List<EventLogEntry> range(OffsetDateTime from, OffsetDateTime to, long after, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE e.position > ?");
        List<Object> args = new ArrayList<>();
        args.add(after);
        if (from != null) {
            sql.append(" AND e.recorded_at >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND e.recorded_at < ?");
            args.add(to);
        }
        sql.append(" ORDER BY e.position LIMIT ?");
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
             PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + FROM
                     + " WHERE e.position > ? AND e.position <= ? ORDER BY e.position LIMIT ?")) {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            statement.setInt(3, limit);
            return read(statement);
        }
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
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("fact_id") != null,
                        rs.getString("fact_id")));
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
