package io.newsevents.api.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsevents.api.model.ActorDto;
import io.newsevents.api.model.CurrencyTotal;
import io.newsevents.api.model.EvidenceDto;
import io.newsevents.api.model.ExtractorDto;
import io.newsevents.api.model.FactDto;
import io.newsevents.api.model.MoneyDto;
import io.newsevents.api.model.Partner;
import io.newsevents.api.model.SourceDto;
import io.newsevents.api.query.Cursor;
import io.newsevents.api.query.FactQuery;
import io.newsevents.api.query.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the fact projections (fact, fact_actor, fact_source) with plain JDBC. */
@ApplicationScoped
public class FactRepository {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public FactRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** One page of facts in the query's order, and the cursor of the next page (null on the last page). */
    public record Slice(List<FactDto> facts, Cursor next) {
    }

    /** One page of facts: reads one row more than the limit to tell whether another page follows. */
    public Slice find(FactQuery query) throws SQLException {
        Sort sort = query.sort();
        String direction = sort.ascending() ? "ASC" : "DESC";
        StringBuilder sql = new StringBuilder("SELECT f.*, ").append(sort.keyExpression())
                .append(" AS sort_key FROM fact f WHERE ");
        List<Object> args = new ArrayList<>();
        appendFilters(sql, args, query);
        Cursor cursor = query.cursor();
        if (cursor != null) {
            sql.append(" AND (").append(sort.keyExpression()).append(", f.fact_id) ")
                    .append(sort.ascending() ? ">" : "<").append(" (?, ?)");
            args.add(sort.kind() == Sort.Kind.DATE ? Date.valueOf(LocalDate.parse(cursor.key()))
                    : Long.parseLong(cursor.key()));
            args.add(cursor.factId());
        }
        sql.append(" ORDER BY sort_key ").append(direction).append(", f.fact_id ").append(direction)
                .append(" LIMIT ?");
        args.add(query.limit() + 1);
        try (Connection connection = dataSource.getConnection()) {
            List<FactRow> rows = readFacts(connection, sql.toString(), args);
            Cursor next = null;
            if (rows.size() > query.limit()) {
                rows = rows.subList(0, query.limit());
                FactRow last = rows.get(rows.size() - 1);
                next = new Cursor(sort, last.sortKey(sort), last.factId());
            }
            return new Slice(assemble(connection, rows), next);
        }
    }

    /** How many facts match the query's filters (cursor and limit ignored). */
    public long count(FactQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM fact f WHERE ");
        List<Object> args = new ArrayList<>();
        appendFilters(sql, args, query);
        return count(sql.toString(), args);
    }

    /** Summed deal values per currency for the facts matching the query's filters. */
    public List<CurrencyTotal> totals(FactQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT f.value_currency, sum(f.value_amount), count(*) FROM fact f WHERE ");
        List<Object> args = new ArrayList<>();
        appendFilters(sql, args, query);
        sql.append(" AND f.value_amount IS NOT NULL AND f.value_currency IS NOT NULL"
                + " GROUP BY f.value_currency ORDER BY f.value_currency");
        List<CurrencyTotal> totals = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql.toString(), args);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                totals.add(new CurrencyTotal(rs.getString(1), rs.getBigDecimal(2).longValue(), rs.getLong(3)));
            }
        }
        return totals;
    }

    /** A set of facts: a WHERE clause over {@code fact f} and its arguments. */
    public record Selection(String where, List<Object> args) {

        /** The facts a query's filters select (its sort, cursor and limit are ignored). */
        public static Selection of(FactQuery query) {
            StringBuilder sql = new StringBuilder();
            List<Object> args = new ArrayList<>();
            appendFilters(sql, args, query);
            return new Selection(sql.toString(), args);
        }

        /** Non-recognitions by {@code withholder} of {@code target}; either may be null for anyone. */
        public static Selection recognitions(String withholder, String target) {
            List<Object> args = new ArrayList<>();
            return new Selection(recognitionFilter(withholder, target, args), args);
        }
    }

    /** How many facts a selection holds, and the most recent of them. */
    public record Counted(long count, List<FactDto> facts) {
    }

    /**
     * For each selection its count and its {@code limit} most recent facts, in four round trips whatever the
     * number of selections (counts, lists, then actors and sources of every listed fact).
     */
    public List<Counted> counted(List<Selection> selections, int limit) throws SQLException {
        StringBuilder countSql = new StringBuilder();
        StringBuilder listSql = new StringBuilder();
        List<Object> countArgs = new ArrayList<>();
        List<Object> listArgs = new ArrayList<>();
        String order = " ORDER BY " + Sort.DATE_DESC.keyExpression() + " DESC, f.fact_id DESC LIMIT ?";
        for (int i = 0; i < selections.size(); i++) {
            Selection selection = selections.get(i);
            if (i > 0) {
                countSql.append(" UNION ALL ");
                listSql.append(" UNION ALL ");
            }
            countSql.append("SELECT ").append(i).append(" AS grp, count(*) FROM fact f WHERE ").append(selection.where());
            countArgs.addAll(selection.args());
            listSql.append("(SELECT ").append(i).append(" AS grp, f.*, ").append(Sort.DATE_DESC.keyExpression())
                    .append(" AS sort_key FROM fact f WHERE ").append(selection.where()).append(order).append(")");
            listArgs.addAll(selection.args());
            listArgs.add(limit);
        }
        listSql.append(" ORDER BY grp, sort_key DESC, fact_id DESC");
        try (Connection connection = dataSource.getConnection()) {
            long[] counts = new long[selections.size()];
            try (PreparedStatement statement = prepare(connection, countSql.toString(), countArgs);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts[rs.getInt(1)] = rs.getLong(2);
                }
            }
            List<List<String>> idsByGroup = new ArrayList<>();
            for (int i = 0; i < selections.size(); i++) {
                idsByGroup.add(new ArrayList<>());
            }
            Map<String, FactRow> rows = new LinkedHashMap<>();
            try (PreparedStatement statement = prepare(connection, listSql.toString(), listArgs);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    FactRow row = readFact(rs);
                    idsByGroup.get(rs.getInt("grp")).add(row.factId());
                    rows.putIfAbsent(row.factId(), row);
                }
            }
            Map<String, FactDto> facts = new HashMap<>();
            for (FactDto fact : assemble(connection, new ArrayList<>(rows.values()))) {
                facts.put(fact.factId(), fact);
            }
            List<Counted> result = new ArrayList<>();
            for (int i = 0; i < selections.size(); i++) {
                List<FactDto> listed = new ArrayList<>();
                idsByGroup.get(i).forEach(id -> listed.add(facts.get(id)));
                result.add(new Counted(counts[i], listed));
            }
            return result;
        }
    }

    private long count(String sql, List<Object> args) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, args);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<FactRow> readFacts(Connection connection, String sql, List<Object> args) throws SQLException {
        List<FactRow> rows = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, args);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(readFact(rs));
            }
        }
        return rows;
    }

    private static String recognitionFilter(String withholder, String target, List<Object> args) {
        StringBuilder sql = new StringBuilder("f.type = 'RecognitionWithheld'");
        if (withholder != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM fact_actor a WHERE a.fact_id = f.fact_id"
                    + " AND a.role = 'withholder' AND a.iso3 = ?)");
            args.add(withholder);
        }
        if (target != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM fact_actor a WHERE a.fact_id = f.fact_id"
                    + " AND a.role = 'target' AND a.iso3 = ?)");
            args.add(target);
        }
        return sql.toString();
    }

    public Optional<FactDto> byId(String factId) throws SQLException {
        List<FactDto> facts = byIds(List.of(factId));
        return facts.isEmpty() ? Optional.empty() : Optional.of(facts.get(0));
    }

    /** The facts with these ids, in the order given; ids without a fact are skipped. */
    public List<FactDto> byIds(Collection<String> factIds) throws SQLException {
        if (factIds.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<String, FactRow> byId = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT f.* FROM fact f WHERE f.fact_id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("text", factIds.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        FactRow row = readFact(rs);
                        byId.put(row.factId(), row);
                    }
                }
            }
            List<FactRow> ordered = new ArrayList<>();
            for (String id : factIds) {
                FactRow row = byId.get(id);
                if (row != null) {
                    ordered.add(row);
                }
            }
            return assemble(connection, ordered);
        }
    }

    /** Every other actor sharing a fact with {@code iso3}, with counts per type, most facts first. */
    public List<Partner> partners(String iso3) throws SQLException {
        String sql = "SELECT o.actor_key, max(o.iso3) AS iso3, max(o.name) AS name,"
                + " count(DISTINCT f.fact_id) FILTER (WHERE f.type = 'DealSigned') AS deals,"
                + " count(DISTINCT f.fact_id) FILTER (WHERE f.type = 'ExerciseHeld') AS exercises,"
                + " count(DISTINCT f.fact_id) FILTER (WHERE f.type = 'RecognitionWithheld') AS recognitions,"
                + " count(DISTINCT f.fact_id) AS total"
                + " FROM fact_actor me"
                + " JOIN fact f ON f.fact_id = me.fact_id"
                + " JOIN fact_actor o ON o.fact_id = f.fact_id AND o.actor_key <> me.actor_key"
                + "   AND (o.iso3 IS NULL OR o.iso3 <> me.iso3)"
                + " WHERE me.iso3 = ?"
                + " GROUP BY o.actor_key ORDER BY total DESC, o.actor_key";
        List<Partner> partners = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, iso3);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    partners.add(new Partner(rs.getString("actor_key"), rs.getString("iso3"), rs.getString("name"),
                            rs.getLong("deals"), rs.getLong("exercises"), rs.getLong("recognitions"),
                            rs.getLong("total")));
                }
            }
        }
        return partners;
    }

    /** A name the data uses for this code (the state's own actor rows first), if any fact names it. */
    public Optional<String> observedName(String iso3) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT name FROM fact_actor WHERE iso3 = ? ORDER BY (kind = 'state') DESC, name LIMIT 1")) {
            statement.setString(1, iso3);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void appendFilters(StringBuilder sql, List<Object> args, FactQuery query) {
        sql.append("f.type = ANY (?)");
        args.add(new TextArray(query.types()));
        for (String actor : query.actors()) {
            sql.append(" AND EXISTS (SELECT 1 FROM fact_actor a WHERE a.fact_id = f.fact_id AND a.iso3 = ?)");
            args.add(actor);
        }
        if (query.from() != null) {
            sql.append(" AND f.date_to >= ?");
            args.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND f.date_from <= ?");
            args.add(Date.valueOf(query.to()));
        }
        if (query.category() != null) {
            sql.append(" AND f.category = ?");
            args.add(query.category());
        }
        if (query.currency() != null) {
            sql.append(" AND f.value_currency = ?");
            args.add(query.currency());
        }
        if (query.minValue() != null) {
            sql.append(" AND f.value_amount >= ?");
            args.add(query.minValue());
        }
        if (query.minSources() != null) {
            sql.append(" AND f.source_count >= ?");
            args.add(query.minSources());
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof TextArray) {
                    statement.setArray(i + 1, connection.createArrayOf("text", ((TextArray) arg).values().toArray()));
                } else {
                    statement.setObject(i + 1, arg);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private record TextArray(List<String> values) {
    }

    /** A fact row before its actors and sources are attached. */
    public record FactRow(String factId, String type, String date, LocalDate dateFrom, String category,
                          Long valueAmount, String valueCurrency, String itemsJson, String name, String location,
                          int sourceCount, OffsetDateTime firstSeen, OffsetDateTime lastSeen) {

        String sortKey(Sort sort) {
            switch (sort) {
                case DATE_ASC:
                    return (dateFrom == null ? LocalDate.of(9999, 12, 31) : dateFrom).toString();
                case DATE_DESC:
                    return (dateFrom == null ? LocalDate.of(1, 1, 1) : dateFrom).toString();
                case VALUE_ASC:
                    return Long.toString(valueAmount == null ? Long.MAX_VALUE : valueAmount);
                case VALUE_DESC:
                    return Long.toString(valueAmount == null ? -1 : valueAmount);
                default:
                    return Integer.toString(sourceCount);
            }
        }
    }

    private static FactRow readFact(ResultSet rs) throws SQLException {
        long amount = rs.getLong("value_amount");
        Long value = rs.wasNull() ? null : amount;
        return new FactRow(rs.getString("fact_id"), rs.getString("type"), rs.getString("date"),
                rs.getObject("date_from", LocalDate.class), rs.getString("category"), value,
                rs.getString("value_currency"), rs.getString("items"), rs.getString("name"),
                rs.getString("location"), rs.getInt("source_count"),
                rs.getObject("first_seen", OffsetDateTime.class), rs.getObject("last_seen", OffsetDateTime.class));
    }

    private List<FactDto> assemble(Connection connection, List<FactRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(rows.size());
        for (FactRow row : rows) {
            ids.add(row.factId());
        }
        Map<String, List<ActorDto>> actors = actors(connection, ids);
        Map<String, List<SourceDto>> sources = sources(connection, ids);
        List<FactDto> facts = new ArrayList<>(rows.size());
        for (FactRow row : rows) {
            facts.add(toDto(row, actors.getOrDefault(row.factId(), List.of()),
                    sources.getOrDefault(row.factId(), List.of())));
        }
        return facts;
    }

    private FactDto toDto(FactRow row, List<ActorDto> actors, List<SourceDto> sources) {
        boolean deal = "DealSigned".equals(row.type());
        boolean exercise = "ExerciseHeld".equals(row.type());
        boolean recognition = "RecognitionWithheld".equals(row.type());
        MoneyDto value = deal && row.valueAmount() != null ? new MoneyDto(row.valueAmount(), row.valueCurrency()) : null;
        List<String> items = deal ? parseItems(row.itemsJson()) : null;
        ActorDto withholder = recognition ? firstWithRole(actors, "withholder") : null;
        ActorDto target = recognition ? firstWithRole(actors, "target") : null;
        return new FactDto(row.factId(), row.type(), row.date(), actors, value, items,
                deal ? row.category() : null, exercise ? row.name() : null, exercise ? row.location() : null,
                withholder, target, row.sourceCount(), row.firstSeen(), row.lastSeen(), sources);
    }

    private List<String> parseItems(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<String> items = mapper.readValue(json, STRING_LIST);
            return items == null ? List.of() : items;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static ActorDto firstWithRole(List<ActorDto> actors, String role) {
        for (ActorDto actor : actors) {
            if (role.equals(actor.role())) {
                return actor;
            }
        }
        return null;
    }

    private static Map<String, List<ActorDto>> actors(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<ActorDto>> byFact = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT fact_id, role, name, iso3, kind, position FROM fact_actor WHERE fact_id = ANY (?)"
                        + " ORDER BY fact_id, CASE role WHEN 'party' THEN 0 WHEN 'participant' THEN 1"
                        + " WHEN 'withholder' THEN 2 WHEN 'target' THEN 3 ELSE 4 END, position, actor_key")) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byFact.computeIfAbsent(rs.getString("fact_id"), k -> new ArrayList<>())
                            .add(new ActorDto(rs.getString("name"), rs.getString("iso3"), rs.getString("kind"),
                                    rs.getString("role")));
                }
            }
        }
        return byFact;
    }

    private static Map<String, List<SourceDto>> sources(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<SourceDto>> byFact = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT fact_id, event_id, article_id, evidence_text, evidence_start, evidence_end, confidence, date,"
                        + " extractor_name, extractor_version, recorded_at FROM fact_source WHERE fact_id = ANY (?)"
                        + " ORDER BY fact_id, recorded_at, article_id, event_id")) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String extractorName = rs.getString("extractor_name");
                    byFact.computeIfAbsent(rs.getString("fact_id"), k -> new ArrayList<>())
                            .add(new SourceDto(rs.getString("event_id"), rs.getString("article_id"),
                                    new EvidenceDto(rs.getString("evidence_text"), rs.getInt("evidence_start"),
                                            rs.getInt("evidence_end")),
                                    rs.getString("date"), rs.getDouble("confidence"),
                                    extractorName == null ? null
                                            : new ExtractorDto(extractorName, rs.getString("extractor_version")),
                                    rs.getObject("recorded_at", OffsetDateTime.class)));
                }
            }
        }
        return byFact;
    }
}
