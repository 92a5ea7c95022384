package io.newsevents.extractor;

import io.newsevents.events.Article;
import io.newsevents.events.DealSigned;
import io.newsevents.events.EventIds;
import io.newsevents.events.Evidence;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;
import io.newsevents.extractor.gazetteer.Gazetteer;
import io.newsevents.extractor.rules.Candidate;
import io.newsevents.extractor.rules.Engine;
import io.newsevents.extractor.rules.ExerciseNames;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule-based extractor: gazetteer-based actor matching, hand-written sentence splitting and trigger rules
 * for DealSigned, ExerciseHeld and RecognitionWithheld (see EVENTS.md), one event per fact per article.
 * Thread-safe and deterministic; the gazetteer is loaded once per instance.
 */
public final class RuleExtractor implements EventExtractor {

    public static final String NAME = "newsevents-rules";
    public static final String VERSION = "1.11.0";

    private static final ExtractorInfo INFO = new ExtractorInfo(NAME, VERSION);

    private final Engine engine;

    private RuleExtractor(Gazetteer gazetteer) {
        this.engine = new Engine(gazetteer, ExerciseNames.bundled());
    }

    /** The extractor with its bundled gazetteer and lexicons. */
    public static RuleExtractor create() {
        return new RuleExtractor(Gazetteer.bundled());
    }

    /** The extractor with another gazetteer (tests, experiments). */
    public static RuleExtractor create(Gazetteer gazetteer) {
        return new RuleExtractor(gazetteer);
    }

    @Override
    public List<NewsEvent> extract(Article article) {
        if (article == null || article.text() == null || article.text().isBlank()) {
            return List.of();
        }
        Article a = article.withDerivedId();
        String text = a.text();
        List<Candidate> facts = engine.analyze(text, parseDate(a.published()));
        List<NewsEvent> out = new ArrayList<>(facts.size());
        Map<String, Integer> used = new HashMap<>();
        for (Candidate c : facts) {
            Evidence ev = evidence(text, c.evStart, c.evEnd);
            String key = factKey(c);
            int n = used.merge(c.type + key, 1, Integer::sum);
            String id = n == 1 ? EventIds.of(a.id(), c.type, key) : EventIds.of(a.id(), c.type, key, "#" + n);
            double conf = c.confidence;
            switch (c.type) {
                case Candidate.DEAL:
                    out.add(new DealSigned(id, NewsEvent.CURRENT_SCHEMA_VERSION, a.id(), c.date, ev, conf, INFO,
                            c.actors, c.value, c.items, c.category == null ? "other" : c.category));
                    break;
                case Candidate.EXERCISE:
                    out.add(new ExerciseHeld(id, NewsEvent.CURRENT_SCHEMA_VERSION, a.id(), c.date, ev, conf, INFO,
                            c.actors, c.name, c.location));
                    break;
                default:
                    out.add(new RecognitionWithheld(id, NewsEvent.CURRENT_SCHEMA_VERSION, a.id(), c.date, ev, conf,
                            INFO, c.withholder, c.target));
                    break;
            }
        }
        return out;
    }

    /** What identifies the fact inside its article: actors, and the value, name or year that tell facts apart. */
    private static String factKey(Candidate c) {
        StringBuilder sb = new StringBuilder(c.actorSetKey());
        if (Candidate.DEAL.equals(c.type)) {
            sb.append('|').append(c.value == null ? "" : c.value.amount() + c.value.currency());
            sb.append('|').append(c.date == null ? "" : c.date.substring(0, Math.min(4, c.date.length())));
            sb.append('|').append(c.category == null ? "" : c.category);
        } else if (Candidate.EXERCISE.equals(c.type)) {
            sb.append('|').append(c.name == null ? "" : c.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
            sb.append('|').append(c.date == null ? "" : c.date.substring(0, Math.min(4, c.date.length())));
        }
        return sb.toString();
    }

    private static Evidence evidence(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Evidence(text.substring(s, e), s, e);
    }

    private static LocalDate parseDate(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String p = published.strip();
        try {
            return LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public ExtractorInfo info() {
        return INFO;
    }
}
