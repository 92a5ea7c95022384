package io.newsevents.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRoundTripTest {

    private static final ExtractorInfo EXTRACTOR = new ExtractorInfo("rules", "0.1.0");

    @Test
    void everyEventTypeSurvivesARoundTripThroughTheSealedInterface() {
        List<NewsEvent> events = List.of(
                new DealSigned("ev-1", 1, "a-1", "2024-02", new Evidence("X signed with Y.", 0, 16), 0.9, EXTRACTOR,
                        List.of(Actor.state("Norway", "NOR"), Actor.organization("Saab", "SWE")),
                        new Money(250_000_000L, "USD"), List.of("radars"), "arms"),
                new ExerciseHeld("ev-2", 1, "a-1", "2023", new Evidence("Drills took place.", 17, 35), 0.8, EXTRACTOR,
                        List.of(Actor.state("Chile", "CHL"), Actor.state("Peru", "PER")), "Pacific Shield", null),
                new RecognitionWithheld("ev-3", 1, "a-1", null, new Evidence("A does not recognise B.", 36, 59), 0.95,
                        EXTRACTOR, Actor.state("Cyprus", "CYP"), Actor.other("Northern Cyprus")));

        for (NewsEvent event : events) {
            String json = Json.write(event);
            assertThat(json).contains("\"type\":\"" + event.type() + "\"");
            NewsEvent back = Json.read(json, NewsEvent.class);
            assertThat(back).isEqualTo(event);
            assertThat(back.topic()).isEqualTo(Topics.forType(event.type()));
        }
    }

    @Test
    void eventIdsIgnoreActorOrderButNotTheArticle() {
        String ab = EventIds.actorSetKey(List.of(Actor.state("Chile", "CHL"), Actor.state("Peru", "PER")));
        String ba = EventIds.actorSetKey(List.of(Actor.state("Peru", "PER"), Actor.state("Chile", "CHL")));
        assertThat(ab).isEqualTo(ba);
        assertThat(EventIds.of("a-1", "DealSigned", ab)).isEqualTo(EventIds.of("a-1", "DealSigned", ba))
                .isNotEqualTo(EventIds.of("a-2", "DealSigned", ab));
    }

    @Test
    void derivedArticleIdsAreStableUnderWhitespace() {
        Article one = new Article(null, null, null, null, "Chile and Peru  held drills.\n");
        Article two = new Article(null, null, null, null, " Chile and Peru held\ndrills.");
        assertThat(one.withDerivedId().id()).startsWith("a-").isEqualTo(two.withDerivedId().id());
        assertThat(new Article("mine", null, null, null, "x").withDerivedId().id()).isEqualTo("mine");
    }
}
