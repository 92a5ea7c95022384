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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences written for this project (never taken from the seed articles), each naming organisations added to
 * {@code gazetteer/organizations.tsv} in its coverage pass ({@code organizations-coverage.jsonl}):
 * <ul>
 *   <li>every line gives exactly its expected events, compared as {@link AnnotatedSentencesTest} compares them
 *       (type and actor keys), so a deal keeps the seller or buyer that only the organisation names;</li>
 *   <li>each name under {@code orgs} is one gazetteer mention, the whole name, resolving to the given state
 *       ("Leonardo DRS" is USA, not "Leonardo" ITA followed by nothing);</li>
 *   <li>the traps ({@code mustNotName}) hold a common word, a given name or a place spelt like a new alias
 *       ("Sima", "Renk", "quantum systems"): no gazetteer mention in them may resolve to the listed keys.</li>
 * </ul>
 */
class OrganizationCoverageTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    static List<JsonNode> load() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = OrganizationCoverageTest.class.getResourceAsStream("/organizations-coverage.jsonl")) {
            assertThat(in).as("resource organizations-coverage.jsonl").isNotNull();
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
        }
        return out;
    }

    private static List<Mention> mentions(Tokens tk) {
        return GAZETTEER.find(tk, 0, tk.size());
    }

    @Test
    void theFileHoldsEnoughEventsAndTraps() throws IOException {
        int events = 0;
        int traps = 0;
        for (JsonNode line : load()) {
            if (line.has("mustNotName")) {
                traps++;
            } else if (line.get("expect").size() > 0 && line.has("orgs")) {
                events++;
            }
        }
        assertThat(events).as("deal or exercise sentences naming an added organisation").isGreaterThanOrEqualTo(40);
        assertThat(traps).as("traps").isGreaterThanOrEqualTo(10);
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
    void eachAddedOrganisationIsOneMentionOfItsState() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode line : load()) {
            if (!line.has("orgs")) {
                continue;
            }
            String text = line.get("text").asText();
            Tokens tk = Tokenizer.tokenize(text);
            List<Mention> found = mentions(tk);
            Iterator<Map.Entry<String, JsonNode>> orgs = line.get("orgs").fields();
            while (orgs.hasNext()) {
                Map.Entry<String, JsonNode> org = orgs.next();
                String name = org.getKey();
                String key = org.getValue().asText();
                int at = text.indexOf(name);
                assertThat(at).as("'%s' is in its sentence", name).isGreaterThanOrEqualTo(0);
                Mention whole = null;
                for (Mention m : found) {
                    if (tk.start(m.tokStart()) == at && tk.end(m.tokEnd() - 1) == at + name.length()) {
                        whole = m;
                    }
                }
                checked++;
                if (whole == null) {
                    List<String> got = new ArrayList<>();
                    found.forEach(m -> got.add(tk.span(m.tokStart(), m.tokEnd()) + "=" + m.key()));
                    failures.add(name + ": no mention covering the whole name in \"" + text + "\", mentions " + got);
                } else if (!key.equals(whole.key())) {
                    failures.add(name + " resolves to " + whole.key() + ", expected " + key);
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
        assertThat(failures).as("organisation names that do not resolve as one mention of their state").isEmpty();
    }

    @Test
    void trapsNameNoActorFromTheLookalikeWord() throws IOException {
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
        assertThat(failures).as("traps where a look-alike word became an actor").isEmpty();
    }
}
