package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Json;
import io.newsevents.extractor.gazetteer.Gazetteer;
import io.newsevents.extractor.gazetteer.Mention;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people lexicon ({@code lexicon/people.tsv}): a leader's or minister's name stands for the state they act for.
 * Sentences written for this project (never taken from the seed articles), in {@code people-coverage.jsonl}:
 * <ul>
 *   <li>every line gives exactly its expected events, compared as {@link AnnotatedSentencesTest} compares them
 *       (type and actor keys), so "Richard Marles and Gilberto Teodoro signed" keeps both AUS and PHL;</li>
 *   <li>each name under {@code people} is one gazetteer mention, the whole name, resolving to the given state
 *       ("Luís Montenegro" is PRT, not "Montenegro" MNE after a stray word);</li>
 *   <li>the traps ({@code mustNotName}) hold a namesake, a given name or a word that looks like a listed name
 *       ("Francesca Albanese", "El Chapo", "Boko Haram"): no mention in them may resolve to the listed keys.</li>
 * </ul>
 * And over the whole file: every name and alias, read on its own, is one mention of its own state (no alias is
 * shadowed by a place, company or demonym of another actor), and no alias stands for two states.
 */
class PeopleCoverageTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    /** The non-blank lines of a class-path resource (UTF-8). */
    static List<String> lines(String resource) throws IOException {
        try (InputStream in = PeopleCoverageTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    /** The lines of a coverage file (JSON lines: text, expect, and people, mustNotName, note where given). */
    static List<JsonNode> load(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines(resource)) {
            out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    static List<JsonNode> load() throws IOException {
        return load("/people-coverage.jsonl");
    }

    /** The rows of people.tsv (name, iso3, aliases): comments and the header line skipped. */
    static List<String[]> lexicon() throws IOException {
        return lines("/lexicon/people.tsv").stream().filter(l -> !l.startsWith("#")).skip(1)
                .map(l -> l.split("\t", -1)).collect(Collectors.toList());
    }

    private static List<Mention> mentions(Tokens tk) {
        return GAZETTEER.find(tk, 0, tk.size());
    }

    /**
     * Why chars [at, at + name.length()) of the tokenized text are not one mention resolving to key, or null when
     * they are.
     */
    private static String unresolved(Tokens tk, List<Mention> found, int at, String name, String key) {
        for (Mention m : found) {
            if (tk.start(m.tokStart()) == at && tk.end(m.tokEnd() - 1) == at + name.length()) {
                return key.equals(m.key()) ? null : name + " resolves to " + m.key() + ", expected " + key;
            }
        }
        List<String> got = new ArrayList<>();
        found.forEach(m -> got.add(tk.span(m.tokStart(), m.tokEnd()) + "=" + m.key()));
        return name + " (" + key + "): no mention covering the whole name, mentions " + got;
    }

    @Test
    void theFileHoldsEnoughEventsAndTraps() throws IOException {
        int events = 0;
        int traps = 0;
        for (JsonNode line : load()) {
            if (line.has("mustNotName")) {
                traps++;
            }
            if (line.get("expect").size() > 0 && line.has("people")) {
                events++;
            }
        }
        assertThat(events).as("deal, exercise or recognition sentences naming a listed person").isGreaterThanOrEqualTo(40);
        assertThat(traps).as("traps").isGreaterThanOrEqualTo(10);
    }

    @Test
    void theLexiconCoversEnoughPeople() throws IOException {
        List<String[]> rows = lexicon();
        assertThat(rows).as("people in lexicon/people.tsv").hasSizeGreaterThanOrEqualTo(350);
        for (String[] row : rows) {
            assertThat(row).as("a row has name, iso3 and aliases: %s", String.join("|", row)).hasSize(3);
            assertThat(GAZETTEER.state(row[1].strip())).as("%s acts for a state in states.tsv", row[0]).isNotNull();
        }
    }

    @Test
    void everyNameAndAliasOnItsOwnIsOneMentionOfItsState() throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, String> stateOfAlias = new HashMap<>();
        int checked = 0;
        for (String[] row : lexicon()) {
            String iso = row[1].strip();
            List<String> names = new ArrayList<>();
            names.add(row[0].strip());
            for (String alias : row[2].split("\\|")) {
                if (!alias.isBlank()) {
                    names.add(alias.strip());
                }
            }
            for (String name : names) {
                checked++;
                String previous = stateOfAlias.put(name.toLowerCase(Locale.ROOT), iso);
                if (previous != null && !previous.equals(iso)) {
                    failures.add(name + " stands for both " + previous + " and " + iso);
                }
                Tokens tk = Tokenizer.tokenize(name);
                String why = unresolved(tk, mentions(tk), 0, name, iso);
                if (why != null) {
                    failures.add(why);
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(400);
        assertThat(failures).as("names or aliases that do not resolve to their own state").isEmpty();
    }

    @Test
    void everySentenceGivesExactlyItsEvents() throws IOException {
        List<JsonNode> lines = load();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String f = AnnotatedSentencesTest.check(lines.get(i), i + 1);
            if (!f.isEmpty()) {
                failures.add(f);
            }
        }
        assertThat(failures).as("coverage sentences that fail").isEmpty();
    }

    @Test
    void eachNamedPersonIsOneMentionOfTheirState() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode line : load()) {
            if (!line.has("people")) {
                continue;
            }
            String text = line.get("text").asText();
            Tokens tk = Tokenizer.tokenize(text);
            List<Mention> found = mentions(tk);
            Iterator<Map.Entry<String, JsonNode>> people = line.get("people").fields();
            while (people.hasNext()) {
                Map.Entry<String, JsonNode> person = people.next();
                String name = person.getKey();
                String key = person.getValue().asText();
                int at = text.indexOf(name);
                assertThat(at).as("'%s' is in its sentence", name).isGreaterThanOrEqualTo(0);
                checked++;
                String why = unresolved(tk, found, at, name, key);
                if (why != null) {
                    failures.add(why + " in \"" + text + "\"");
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(80);
        assertThat(failures).as("people who do not resolve as one mention of their state").isEmpty();
    }

    @Test
    void trapsNameNoActorFromTheLookalikeName() throws IOException {
        List<String> failures = new ArrayList<>();
        for (JsonNode line : load()) {
            if (!line.has("mustNotName")) {
                continue;
            }
            String text = line.get("text").asText();
            Tokens tk = Tokenizer.tokenize(text);
            TreeSet<String> keys = new TreeSet<>();
            mentions(tk).forEach(m -> keys.add(m.key()));
            for (JsonNode forbidden : line.get("mustNotName")) {
                if (keys.contains(forbidden.asText())) {
                    failures.add(forbidden.asText() + " named in \"" + text + "\" (" + line.path("note").asText() + ")");
                }
            }
        }
        assertThat(failures).as("traps where a look-alike name became an actor").isEmpty();
    }
}
