package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Json;
import io.newsevents.extractor.gazetteer.Gazetteer;
import io.newsevents.extractor.gazetteer.Mention;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks shared by the gazetteer coverage tests ({@link OrganizationCoverageTest}, {@link PeopleCoverageTest}).
 * A coverage file is JSON lines: {@code text}, {@code expect} (as in {@link AnnotatedSentencesTest}), and where
 * given a map of names to the state key each stands for ({@code orgs}, {@code people}), {@code mustNotName} (keys
 * that no mention in the text may resolve to) and {@code note}.
 */
final class GazetteerCoverage {

    static final Gazetteer GAZETTEER = Gazetteer.bundled();

    private GazetteerCoverage() {
    }

    /** The non-blank lines of a class-path resource (UTF-8). */
    static List<String> lines(String resource) throws IOException {
        try (InputStream in = GazetteerCoverage.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    /** The lines of a coverage file, each parsed as JSON. */
    static List<JsonNode> load(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines(resource)) {
            out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    /** All gazetteer mentions in the tokenized text. */
    static List<Mention> mentions(Tokens tk) {
        return GAZETTEER.find(tk, 0, tk.size());
    }

    /**
     * Why chars [at, at + name.length()) of the tokenized text are not one mention resolving to key, or null when
     * they are.
     */
    static String unresolved(Tokens tk, List<Mention> found, int at, String name, String key) {
        for (Mention m : found) {
            if (tk.start(m.tokStart()) == at && tk.end(m.tokEnd() - 1) == at + name.length()) {
                return key.equals(m.key()) ? null : name + " resolves to " + m.key() + ", expected " + key;
            }
        }
        List<String> got = new ArrayList<>();
        found.forEach(m -> got.add(tk.span(m.tokStart(), m.tokEnd()) + "=" + m.key()));
        return name + " (" + key + "): no mention covering the whole name, mentions " + got;
    }

    /** Every line gives exactly its expected events, as {@link AnnotatedSentencesTest#check} compares them. */
    static void assertEverySentenceGivesExactlyItsEvents(List<JsonNode> lines) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String f = AnnotatedSentencesTest.check(lines.get(i), i + 1);
            if (!f.isEmpty()) {
                failures.add(f);
            }
        }
        assertThat(failures).as("coverage sentences that fail").isEmpty();
    }

    /**
     * Each name in the map {@code field} of a line occurs in its text and is there one gazetteer mention, the whole
     * name, resolving to the given state key; at least {@code minChecked} names are checked over the file.
     */
    static void assertEachNameIsOneMentionOfItsState(List<JsonNode> lines, String field, int minChecked,
                                                     String failuresDescription) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode line : lines) {
            if (!line.has(field)) {
                continue;
            }
            String text = line.get("text").asText();
            Tokens tk = Tokenizer.tokenize(text);
            List<Mention> found = mentions(tk);
            Iterator<Map.Entry<String, JsonNode>> names = line.get(field).fields();
            while (names.hasNext()) {
                Map.Entry<String, JsonNode> entry = names.next();
                String name = entry.getKey();
                String key = entry.getValue().asText();
                int at = text.indexOf(name);
                assertThat(at).as("'%s' is in its sentence", name).isGreaterThanOrEqualTo(0);
                checked++;
                String why = unresolved(tk, found, at, name, key);
                if (why != null) {
                    failures.add(why + " in \"" + text + "\"");
                }
            }
        }
        assertThat(checked).as("names checked under '%s'", field).isGreaterThanOrEqualTo(minChecked);
        assertThat(failures).as(failuresDescription).isEmpty();
    }

    /** In each trap line ({@code mustNotName}), no gazetteer mention resolves to one of the listed keys. */
    static void assertTrapsNameNoListedActor(List<JsonNode> lines, String failuresDescription) {
        List<String> failures = new ArrayList<>();
        for (JsonNode line : lines) {
            if (!line.has("mustNotName")) {
                continue;
            }
            String text = line.get("text").asText();
            TreeSet<String> keys = new TreeSet<>();
            mentions(Tokenizer.tokenize(text)).forEach(m -> keys.add(m.key()));
            for (JsonNode forbidden : line.get("mustNotName")) {
                if (keys.contains(forbidden.asText())) {
                    failures.add(forbidden.asText() + " named in \"" + text + "\" (" + line.path("note").asText() + ")");
                }
            }
        }
        assertThat(failures).as(failuresDescription).isEmpty();
    }
}
