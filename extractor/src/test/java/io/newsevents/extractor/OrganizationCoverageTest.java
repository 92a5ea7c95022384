package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

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

    static List<JsonNode> load() throws IOException {
        return GazetteerCoverage.load("/organizations-coverage.jsonl");
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
        GazetteerCoverage.assertEverySentenceGivesExactlyItsEvents(load());
    }

    @Test
    void eachAddedOrganisationIsOneMentionOfItsState() throws IOException {
        GazetteerCoverage.assertEachNameIsOneMentionOfItsState(load(), "orgs", 40,
                "organisation names that do not resolve as one mention of their state");
    }

    @Test
    void trapsNameNoActorFromTheLookalikeWord() throws IOException {
        GazetteerCoverage.assertTrapsNameNoListedActor(load(), "traps where a look-alike word became an actor");
    }
}
