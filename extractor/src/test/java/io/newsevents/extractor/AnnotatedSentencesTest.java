package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsevents.events.Article;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every line of {@code sentences/annotated.jsonl} (sentences written for this project, with the events they
 * must give, or none for traps) and reports all failures at once. Every line must pass: no tolerance.
 * An expected event matches a predicted one with the same type and actor keys (ordered pair for recognition),
 * and, where the annotation gives them, the same value (within 2 %), currency, date and name.
 */
class AnnotatedSentencesTest {

    private static final RuleExtractor EXTRACTOR = RuleExtractor.create();

    /** The annotated files under {@code sentences/}: the first one, then one per event type (those may be absent). */
    static final List<String> FILES = List.of("annotated.jsonl", "deals.jsonl", "exercises.jsonl",
            "recognitions.jsonl", "places.jsonl");

    /** Every annotated line of every file, each with {@code "at": "file:line"} added for failure messages. */
    static List<JsonNode> load() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String file : FILES) {
            InputStream in = AnnotatedSentencesTest.class.getResourceAsStream("/sentences/" + file);
            if (in == null) {
                continue;
            }
            try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int lineNo = 0;
                while ((line = br.readLine()) != null) {
                    lineNo++;
                    if (!line.isBlank()) {
                        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(line);
                        node.put("at", file + ":" + lineNo);
                        out.add(node);
                    }
                }
            }
        }
        return out;
    }

    static List<String> expectedKeys(JsonNode exp) {
        List<String> out = new ArrayList<>();
        if (exp.has("withholder")) {
            out.add(exp.get("withholder").asText());
            out.add(exp.get("target").asText());
            return out;
        }
        TreeSet<String> set = new TreeSet<>();
        exp.get("actors").forEach(a -> set.add(a.asText()));
        out.addAll(set);
        return out;
    }

    static boolean matches(JsonNode exp, NewsEvent e) {
        if (!exp.get("type").asText().equals(e.type()) || !expectedKeys(exp).equals(EventDescriptions.actorKeys(e))) {
            return false;
        }
        if (exp.has("value")) {
            if (!(e instanceof DealSigned d) || d.value() == null) {
                return false;
            }
            double a = d.value().amount();
            double b = exp.get("value").asDouble();
            if (Math.abs(a - b) > 0.02 * Math.max(a, b)) {
                return false;
            }
            String cur = exp.has("currency") ? exp.get("currency").asText() : "USD";
            if (!cur.equals(d.value().currency())) {
                return false;
            }
        }
        if (exp.has("date") && !exp.get("date").asText().equals(e.date())) {
            return false;
        }
        if (exp.has("name")) {
            String n = e instanceof ExerciseHeld x ? x.name() : null;
            return n != null && n.toLowerCase(Locale.ROOT).equals(exp.get("name").asText().toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** Failures of one line, empty when it passes. */
    static String check(JsonNode line, int lineNo) {
        String text = line.get("text").asText();
        String published = line.hasNonNull("published") ? line.get("published").asText() : null;
        List<NewsEvent> got = EXTRACTOR.extract(new Article("line-" + lineNo, null, null, published, text));
        List<NewsEvent> left = new ArrayList<>(got);
        StringBuilder problems = new StringBuilder();
        for (JsonNode exp : line.get("expect")) {
            NewsEvent hit = null;
            for (NewsEvent e : left) {
                if (matches(exp, e)) {
                    hit = e;
                    break;
                }
            }
            if (hit == null) {
                problems.append("\n   missing ").append(exp);
            } else {
                left.remove(hit);
            }
        }
        for (NewsEvent e : left) {
            problems.append("\n   unexpected ").append(EventDescriptions.describe(e));
        }
        for (NewsEvent e : got) {
            if (!text.substring(e.evidence().start(), e.evidence().end()).equals(e.evidence().text())) {
                problems.append("\n   evidence offsets do not match the text");
            }
        }
        String at = line.has("at") ? line.get("at").asText() : "line " + lineNo;
        return problems.length() == 0 ? "" : at + ": " + text.replace("\n", "\\n") + problems;
    }

    @Test
    void everyAnnotatedSentenceGivesExactlyItsEvents() throws IOException {
        List<JsonNode> lines = load();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(200);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String f = check(lines.get(i), i + 1);
            if (!f.isEmpty()) {
                failures.add(f);
            }
        }
        if (!failures.isEmpty()) {
            System.out.println(failures.size() + " of " + lines.size() + " annotated lines fail:");
            failures.forEach(System.out::println);
        }
        assertThat(failures).as("annotated sentences that fail").isEmpty();
    }

    public static void main(String[] args) throws IOException {
        List<JsonNode> lines = load();
        int fail = 0;
        for (int i = 0; i < lines.size(); i++) {
            String f = check(lines.get(i), i + 1);
            if (!f.isEmpty()) {
                fail++;
                System.out.println(f);
            }
        }
        System.out.println(fail + " of " + lines.size() + " fail");
    }
}
