package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Actor;
import io.newsevents.events.Article;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A quick scorer for tuning, by the rules of EVENTS.md (the official one lives in the eval package): optional gold
 * is neither hit nor miss, matching is one-to-one, same type, same actor set (same ordered pair for recognition),
 * values within 2 %, years equal when both are given.
 */
public final class GoldScorer {

    public record Gold(String articleId, String type, List<String> actors, Long value, Integer year, boolean optional,
                       String evidence) {
    }

    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    public final Map<String, Counts> byType = new LinkedHashMap<>();
    public final Counts all = new Counts();
    public final List<String> report = new ArrayList<>();

    private static String key(JsonNode actor) {
        JsonNode iso = actor.get("iso3");
        if (iso != null && !iso.isNull() && !iso.asText().isEmpty()) {
            return iso.asText();
        }
        return actor.get("name").asText().toLowerCase(Locale.ROOT);
    }

    public static List<Gold> readGold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.MAPPER.readTree(line);
            String type = n.get("type").asText();
            List<String> actors = new ArrayList<>();
            if ("RecognitionWithheld".equals(type)) {
                actors.add(key(n.get("withholder")));
                actors.add(key(n.get("target")));
            } else {
                JsonNode arr = n.has("parties") ? n.get("parties") : n.get("participants");
                TreeSet<String> set = new TreeSet<>();
                arr.forEach(a -> set.add(key(a)));
                actors.addAll(set);
            }
            Long value = n.hasNonNull("value") ? n.get("value").get("amount").asLong() : null;
            Integer year = n.hasNonNull("date") ? Integer.parseInt(n.get("date").asText().substring(0, 4)) : null;
            out.add(new Gold(n.get("articleId").asText(), type, actors, value, year,
                    n.has("optional") && n.get("optional").asBoolean(), n.hasNonNull("evidence") ? n.get("evidence").asText() : ""));
        }
        return out;
    }

    public static List<Article> readArticles(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.read(line, Article.class));
            }
        }
        return out;
    }

    static List<String> actorKeys(NewsEvent e) {
        List<String> out = new ArrayList<>();
        if (e instanceof RecognitionWithheld r) {
            out.add(r.withholder().key());
            out.add(r.target().key());
            return out;
        }
        TreeSet<String> set = new TreeSet<>();
        for (Actor a : e.actors()) {
            set.add(a.key());
        }
        out.addAll(set);
        return out;
    }

    static boolean matches(Gold g, NewsEvent e) {
        if (!g.type().equals(e.type()) || !g.actors().equals(actorKeys(e))) {
            return false;
        }
        if (e instanceof DealSigned d && d.value() != null && g.value() != null) {
            double a = d.value().amount();
            double b = g.value();
            if (Math.abs(a - b) > 0.02 * Math.max(a, b)) {
                return false;
            }
        }
        if (e.date() != null && g.year() != null) {
            return Integer.parseInt(e.date().substring(0, 4)) == g.year();
        }
        return true;
    }

    public void score(List<Article> articles, List<Gold> gold, EventExtractor extractor) {
        for (Article a : articles) {
            List<NewsEvent> pred = extractor.extract(a);
            List<Gold> g = new ArrayList<>();
            for (Gold x : gold) {
                if (x.articleId().equals(a.id())) {
                    g.add(x);
                }
            }
            boolean[] used = new boolean[g.size()];
            for (NewsEvent e : pred) {
                int hit = -1;
                for (int pass = 0; pass < 2 && hit < 0; pass++) {
                    for (int i = 0; i < g.size(); i++) {
                        if (!used[i] && g.get(i).optional() == (pass == 1) && matches(g.get(i), e)) {
                            hit = i;
                            break;
                        }
                    }
                }
                Counts c = byType.computeIfAbsent(e.type(), k -> new Counts());
                if (hit < 0) {
                    c.fp++;
                    all.fp++;
                    report.add("FALSE ALARM " + a.id() + " " + describe(e) + "\n    " + e.evidence().text().replaceAll("\\s+", " "));
                } else {
                    used[hit] = true;
                    if (!g.get(hit).optional()) {
                        c.tp++;
                        all.tp++;
                        report.add("hit        " + a.id() + " " + describe(e));
                    } else {
                        report.add("optional   " + a.id() + " " + describe(e) + "\n    " + e.evidence().text().replaceAll("\\s+", " "));
                    }
                }
            }
            for (int i = 0; i < g.size(); i++) {
                if (!used[i] && !g.get(i).optional()) {
                    Counts c = byType.computeIfAbsent(g.get(i).type(), k -> new Counts());
                    c.fn++;
                    all.fn++;
                    report.add("MISS       " + a.id() + " " + g.get(i).type() + " " + g.get(i).actors() + " v="
                            + g.get(i).value() + " y=" + g.get(i).year() + "\n    " + g.get(i).evidence().replaceAll("\\s+", " "));
                }
            }
        }
    }

    static String describe(NewsEvent e) {
        String extra = "";
        if (e instanceof DealSigned d) {
            extra = " v=" + (d.value() == null ? null : d.value().amount() + d.value().currency()) + " items=" + d.items()
                    + " cat=" + d.category();
        } else if (e instanceof ExerciseHeld x) {
            extra = " name=" + x.name() + " loc=" + x.location();
        }
        return e.type() + " " + actorKeys(e) + " d=" + e.date() + extra + " c=" + e.confidence();
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        GoldScorer s = new GoldScorer();
        s.score(readArticles(shared.resolve("seeds/articles.jsonl")), readGold(shared.resolve("gold/seeds.jsonl")),
                RuleExtractor.create());
        s.report.forEach(System.out::println);
        s.byType.forEach((k, v) -> System.out.println(k + ": " + v));
        System.out.println("ALL: " + s.all);
    }
}
