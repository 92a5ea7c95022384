package io.newsevents.api;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.Evidence;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Json;
import io.newsevents.events.Money;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;
import io.newsevents.stack.LocalStackResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes facts the way store-service projects them, straight into the real database with JDBC: one event_log row
 * per source, the fact, its actors and its sources, in one transaction. All facts here are invented for the tests.
 */
public final class Fixtures {

    public static final ExtractorInfo EXTRACTOR = new ExtractorInfo("fixture", "1");

    private Fixtures() {
    }

    public static Connection connect() throws SQLException {
        return LocalStackResource.postgres().connect();
    }

    public static FactBuilder deal(String factId, String date, List<Actor> parties) {
        return new FactBuilder(factId, DealSigned.TYPE, date).actors("party", parties);
    }

    public static FactBuilder exercise(String factId, String date, List<Actor> participants) {
        return new FactBuilder(factId, ExerciseHeld.TYPE, date).actors("participant", participants);
    }

    public static FactBuilder recognition(String factId, String date, Actor withholder, Actor target) {
        return new FactBuilder(factId, RecognitionWithheld.TYPE, date)
                .actors("withholder", List.of(withholder))
                .actors("target", List.of(target));
    }

    public static Actor state(String name, String iso3) {
        return Actor.state(name, iso3);
    }

    /** First and last day a date string covers. */
    static LocalDate[] range(String date) {
        if (date == null) {
            return new LocalDate[]{null, null};
        }
        if (date.length() == 4) {
            int year = Integer.parseInt(date);
            return new LocalDate[]{LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        if (date.length() == 7) {
            YearMonth month = YearMonth.parse(date);
            return new LocalDate[]{month.atDay(1), month.atEndOfMonth()};
        }
        LocalDate day = LocalDate.parse(date);
        return new LocalDate[]{day, day};
    }

    /** A fact under construction. */
    public static final class FactBuilder {
        private final String factId;
        private final String type;
        private final String date;
        private final List<String[]> actorRows = new ArrayList<>();
        private final List<Actor> parties = new ArrayList<>();
        private Actor withholder;
        private Actor target;
        private Money value;
        private List<String> items = List.of();
        private String category;
        private String name;
        private String location;
        private final List<Source> sources = new ArrayList<>();

        private FactBuilder(String factId, String type, String date) {
            this.factId = factId;
            this.type = type;
            this.date = date;
        }

        FactBuilder actors(String role, List<Actor> actors) {
            int position = 0;
            for (Actor actor : actors) {
                actorRows.add(new String[]{role, actor.key(), actor.name(), actor.iso3(), actor.kind(),
                        Integer.toString(position++)});
                if ("withholder".equals(role)) {
                    withholder = actor;
                } else if ("target".equals(role)) {
                    target = actor;
                } else {
                    parties.add(actor);
                }
            }
            return this;
        }

        public FactBuilder value(long amount, String currency) {
            this.value = new Money(amount, currency);
            return this;
        }

        public FactBuilder items(String... items) {
            this.items = List.of(items);
            return this;
        }

        public FactBuilder category(String category) {
            this.category = category;
            return this;
        }

        public FactBuilder name(String name) {
            this.name = name;
            return this;
        }

        public FactBuilder location(String location) {
            this.location = location;
            return this;
        }

        /** A source: the article and the sentence (offsets are counted from 0 of that sentence's position). */
        public FactBuilder source(String articleId, String sentence, int start) {
            sources.add(new Source(factId + "-e" + (sources.size() + 1), articleId, sentence, start));
            return this;
        }

        /** Inserts everything in one transaction; returns the event log positions of the sources. */
        public List<Long> insert() throws SQLException {
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                List<Long> positions = insert(connection);
                connection.commit();
                return positions;
            }
        }

        /** Inserts on the caller's connection (the caller commits or rolls back). */
        public List<Long> insert(Connection connection) throws SQLException {
            Instant now = Instant.now();
            LocalDate[] dates = range(date);
            try (PreparedStatement fact = connection.prepareStatement("INSERT INTO fact (fact_id, type, date, "
                    + "date_from, date_to, category, value_amount, value_currency, items, name, location, "
                    + "source_count, first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?::jsonb,?,?,?,?,?)")) {
                fact.setString(1, factId);
                fact.setString(2, type);
                fact.setString(3, date);
                fact.setObject(4, dates[0]);
                fact.setObject(5, dates[1]);
                fact.setString(6, category);
                fact.setObject(7, value == null ? null : value.amount());
                fact.setString(8, value == null ? null : value.currency());
                fact.setString(9, Json.write(items));
                fact.setString(10, name);
                fact.setString(11, location);
                fact.setInt(12, (int) sources.stream().map(Source::articleId).distinct().count());
                fact.setTimestamp(13, Timestamp.from(now));
                fact.setTimestamp(14, Timestamp.from(now));
                fact.executeUpdate();
            }
            try (PreparedStatement actor = connection.prepareStatement("INSERT INTO fact_actor (fact_id, role, "
                    + "actor_key, name, iso3, kind, position) VALUES (?,?,?,?,?,?,?)")) {
                for (String[] row : actorRows) {
                    actor.setString(1, factId);
                    actor.setString(2, row[0]);
                    actor.setString(3, row[1]);
                    actor.setString(4, row[2]);
                    actor.setString(5, row[3]);
                    actor.setString(6, row[4]);
                    actor.setInt(7, Integer.parseInt(row[5]));
                    actor.executeUpdate();
                }
            }
            List<Long> positions = new ArrayList<>();
            for (Source source : sources) {
                NewsEvent event = event(source);
                try (PreparedStatement log = connection.prepareStatement("INSERT INTO event_log (event_id, type, "
                        + "schema_version, article_id, payload, kafka_topic, kafka_partition, kafka_offset) "
                        + "VALUES (?,?,1,?,?::jsonb,?,0,?) RETURNING position")) {
                    log.setString(1, source.eventId());
                    log.setString(2, type);
                    log.setString(3, source.articleId());
                    log.setString(4, Json.write(event));
                    log.setString(5, event.topic());
                    log.setLong(6, positions.size());
                    try (ResultSet rs = log.executeQuery()) {
                        rs.next();
                        positions.add(rs.getLong(1));
                    }
                }
                try (PreparedStatement src = connection.prepareStatement("INSERT INTO fact_source (fact_id, "
                        + "event_id, article_id, evidence_text, evidence_start, evidence_end, confidence, date, "
                        + "extractor_name, extractor_version, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                    src.setString(1, factId);
                    src.setString(2, source.eventId());
                    src.setString(3, source.articleId());
                    src.setString(4, source.sentence());
                    src.setInt(5, source.start());
                    src.setInt(6, source.start() + source.sentence().length());
                    src.setDouble(7, 0.9);
                    src.setString(8, date);
                    src.setString(9, EXTRACTOR.name());
                    src.setString(10, EXTRACTOR.version());
                    src.setTimestamp(11, Timestamp.from(now));
                    src.executeUpdate();
                }
            }
            return positions;
        }

        private NewsEvent event(Source source) {
            Evidence evidence = new Evidence(source.sentence(), source.start(),
                    source.start() + source.sentence().length());
            switch (type) {
                case DealSigned.TYPE:
                    return new DealSigned(source.eventId(), 1, source.articleId(), date, evidence, 0.9, EXTRACTOR,
                            parties, value, items, category);
                case ExerciseHeld.TYPE:
                    return new ExerciseHeld(source.eventId(), 1, source.articleId(), date, evidence, 0.9, EXTRACTOR,
                            parties, name, location);
                default:
                    return new RecognitionWithheld(source.eventId(), 1, source.articleId(), date, evidence, 0.9,
                            EXTRACTOR, withholder, target);
            }
        }
    }

    private record Source(String eventId, String articleId, String sentence, int start) {
    }
}
