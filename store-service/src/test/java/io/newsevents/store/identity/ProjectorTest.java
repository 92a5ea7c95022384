package io.newsevents.store.identity;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.Money;
import io.newsevents.events.NewsEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.newsevents.store.Fixtures.CHILE;
import static io.newsevents.store.Fixtures.CYPRUS;
import static io.newsevents.store.Fixtures.NORTHERN_CYPRUS;
import static io.newsevents.store.Fixtures.NORWAY;
import static io.newsevents.store.Fixtures.PERU;
import static io.newsevents.store.Fixtures.SAAB;
import static io.newsevents.store.Fixtures.TURKEY;
import static io.newsevents.store.Fixtures.TURKIYE;
import static io.newsevents.store.Fixtures.V1;
import static io.newsevents.store.Fixtures.deal;
import static io.newsevents.store.Fixtures.exercise;
import static io.newsevents.store.Fixtures.recognition;
import static io.newsevents.store.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectorTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void twoDealsBetweenTheSamePairInOneYearWithDifferentValuesAreTwoFacts() {
        List<ProjectedFact> facts = project(
                deal("a-1", "2024-03", usd(400_000_000L), List.of(), V1, NORWAY, SAAB),
                deal("a-2", "2024-10", usd(90_000_000L), List.of(), V1, SAAB, NORWAY));
        assertThat(facts).hasSize(2);
        assertThat(facts).extracting(ProjectedFact::valueAmount).containsExactlyInAnyOrder(400_000_000L, 90_000_000L);
        assertThat(facts).allSatisfy(f -> assertThat(f.sourceCount()).isEqualTo(1));
    }

    @Test
    void valuesWithinTwoPercentAreOneDeal() {
        List<ProjectedFact> facts = project(
                deal("a-1", "2024", usd(1_000_000_000L), List.of(), V1, NORWAY, SAAB),
                deal("a-2", "2024-05", usd(1_015_000_000L), List.of(), V1, NORWAY, SAAB));
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).sourceCount()).isEqualTo(2);
        assertThat(facts.get(0).date()).isEqualTo("2024-05");
    }

    @Test
    void oneDealReportedWithAndWithoutItsValueIsOneFact() {
        List<ProjectedFact> facts = project(
                deal("a-1", "2024", null, List.of(), V1, NORWAY, SAAB),
                deal("a-2", "2024", usd(250_000_000L), List.of(), V1, NORWAY, SAAB));
        assertThat(facts).hasSize(1);
        ProjectedFact fact = facts.get(0);
        assertThat(fact.valueAmount()).isEqualTo(250_000_000L);
        assertThat(fact.valueCurrency()).isEqualTo("USD");
        assertThat(fact.sourceCount()).isEqualTo(2);
    }

    @Test
    void aDealWithoutValueJoinsTheDealWhoseItemsItShares() {
        List<ProjectedFact> facts = project(
                deal("a-1", "2024", usd(400_000_000L), List.of("patrol boats"), V1, NORWAY, SAAB),
                deal("a-2", "2024", usd(90_000_000L), List.of("radars"), V1, NORWAY, SAAB),
                deal("a-3", "2024", null, List.of("Radars"), V1, NORWAY, SAAB));
        assertThat(facts).hasSize(2);
        ProjectedFact radars = facts.stream().filter(f -> f.valueAmount() == 90_000_000L).findFirst().orElseThrow();
        assertThat(radars.sources()).extracting(Claim::articleId).containsExactlyInAnyOrder("a-2", "a-3");
    }

    @Test
    void dealsInDifferentYearsAreDifferentFacts() {
        assertThat(project(
                deal("a-1", "2023", null, List.of(), V1, NORWAY, SAAB),
                deal("a-2", "2024", null, List.of(), V1, NORWAY, SAAB))).hasSize(2);
    }

    @Test
    void deals_withoutComparableValues_andDisjointItems_areDifferentFacts() {
        assertThat(project(
                deal("a-1", "2024", null, List.of("tanks"), V1, NORWAY, SAAB),
                deal("a-2", "2024", new Money(5_000_000L, "EUR"), List.of("helicopters"), V1, NORWAY, SAAB)))
                .hasSize(2);
    }

    @Test
    void turkiyeInOneArticleAndTurkeyInAnotherAreTheSameParty() {
        List<ProjectedFact> facts = project(
                deal("a-1", "2025", usd(30_000_000L), List.of(), V1, TURKIYE, CHILE),
                deal("a-2", "2025", usd(30_000_000L), List.of(), V1, CHILE, TURKEY));
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).sourceCount()).isEqualTo(2);
        assertThat(facts.get(0).actors()).extracting(FactActor::actorKey).containsExactlyInAnyOrder("TUR", "CHL");
    }

    @Test
    void namedExercisesMatchByNormalisedNameAndYear() {
        List<ProjectedFact> facts = project(
                exercise("a-1", "2023-09", "Pacific Shield-2023", V1, CHILE, PERU),
                exercise("a-2", null, "PACIFIC SHIELD 2023", V1, PERU),
                exercise("a-3", "2021", "Pacific Shield", V1, CHILE, PERU));
        assertThat(facts).hasSize(2);
        ProjectedFact y2023 = facts.stream().filter(f -> "2023-09".equals(f.date())).findFirst().orElseThrow();
        assertThat(y2023.sourceCount()).isEqualTo(2);
        assertThat(y2023.name()).isEqualTo("Pacific Shield-2023");
        assertThat(y2023.actors()).extracting(FactActor::actorKey).containsExactly("CHL", "PER");
    }

    @Test
    void unnamedExercisesMatchBySameParticipantsAndCompatibleDates() {
        List<ProjectedFact> facts = project(
                exercise("a-1", "2022-05-03", null, V1, CHILE, PERU),
                exercise("a-2", "2022-05", null, V1, PERU, CHILE),
                exercise("a-3", "2022-08", null, V1, CHILE, PERU));
        assertThat(facts).hasSize(2);
        assertThat(facts).extracting(ProjectedFact::sourceCount).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void recognitionIsOneFactPerOrderedPair() {
        List<ProjectedFact> facts = project(
                recognition("a-1", V1, CYPRUS, NORTHERN_CYPRUS),
                recognition("a-2", V1, CYPRUS, Actor.other("northern cyprus")),
                recognition("a-3", V1, NORTHERN_CYPRUS, CYPRUS));
        assertThat(facts).hasSize(2);
        assertThat(facts).extracting(ProjectedFact::sourceCount).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void twoClaimsOfOneArticleCountAsOneSource() {
        List<ProjectedFact> facts = project(
                deal("a-1", "2024", usd(250_000_000L), List.of(), V1, NORWAY, SAAB),
                deal("a-1", "2024", null, List.of(), V1, NORWAY, SAAB));
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).sources()).hasSize(2);
        assertThat(facts.get(0).sourceCount()).isEqualTo(1);
    }

    @Test
    void theProjectionDoesNotDependOnTheOrderClaimsArriveIn() {
        List<NewsEvent> events = List.of(
                deal("a-1", "2024", usd(400_000_000L), List.of("patrol boats"), V1, NORWAY, SAAB),
                deal("a-2", "2024", usd(90_000_000L), List.of(), V1, NORWAY, SAAB),
                deal("a-3", "2024", null, List.of(), V1, NORWAY, SAAB),
                deal("a-4", "2024", usd(405_000_000L), List.of(), V1, SAAB, NORWAY),
                deal("a-5", null, null, List.of("patrol boats"), V1, NORWAY, SAAB));
        List<ProjectedFact> reference = project(events);
        for (int seed = 0; seed < 20; seed++) {
            List<NewsEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(project(shuffled)).containsExactlyInAnyOrderElementsOf(reference);
        }
    }

    @Test
    void factIdsAreStableWhenALaterSourceJoins() {
        DealSigned first = deal("a-1", "2024", usd(400_000_000L), List.of(), V1, NORWAY, SAAB);
        String before = project(first).get(0).factId();
        String after = project(first, deal("a-2", "2024", null, List.of(), V1, NORWAY, SAAB)).get(0).factId();
        assertThat(after).isEqualTo(before).startsWith("f-");
    }

    private static List<ProjectedFact> project(NewsEvent... events) {
        return project(List.of(events));
    }

    /** Claims grouped and projected like the store does; article a-N was recorded N seconds after T0. */
    private static List<ProjectedFact> project(List<NewsEvent> events) {
        Map<String, List<Claim>> groups = new TreeMap<>();
        for (NewsEvent e : events) {
            groups.computeIfAbsent(FactIdentity.groupKey(e), g -> new ArrayList<>())
                    .add(new Claim(e.eventId(), e.articleId(), e,
                            T0.plusSeconds(Long.parseLong(e.articleId().substring(2)))));
        }
        return groups.entrySet().stream().flatMap(g -> Projector.project(g.getKey(), g.getValue()).stream())
                .collect(Collectors.toList());
    }
}
