package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The lines of people-coverage.jsonl (text, expect, and people, mustNotName, note where given). */
    static List<JsonNode> load() throws IOException {
        return GazetteerCoverage.load("/people-coverage.jsonl");
    }

    /** The rows of people.tsv (name, iso3, aliases): comments and the header line skipped. */
    static List<String[]> lexicon() throws IOException {
        return GazetteerCoverage.lines("/lexicon/people.tsv").stream().filter(l -> !l.startsWith("#")).skip(1)
                .map(l -> l.split("\t", -1)).collect(Collectors.toList());
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
            assertThat(GazetteerCoverage.GAZETTEER.state(row[1].strip()))
                    .as("%s acts for a state in states.tsv", row[0]).isNotNull();
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
                String why = GazetteerCoverage.unresolved(tk, GazetteerCoverage.mentions(tk), 0, name, iso);
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
        GazetteerCoverage.assertEverySentenceGivesExactlyItsEvents(load());
    }

    @Test
    void eachNamedPersonIsOneMentionOfTheirState() throws IOException {
        GazetteerCoverage.assertEachNameIsOneMentionOfItsState(load(), "people", 80,
                "people who do not resolve as one mention of their state");
    }

    @Test
    void trapsNameNoActorFromTheLookalikeName() throws IOException {
        GazetteerCoverage.assertTrapsNameNoListedActor(load(), "traps where a look-alike name became an actor");
    }
}
