package io.newsevents.store.schema;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.Evidence;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Money;
import io.newsevents.events.RecognitionWithheld;

import java.util.List;

/** One fixed event per type (own sentences) for the approval and upcaster tests. */
final class Samples {

    static final ExtractorInfo EXTRACTOR = new ExtractorInfo("newsevents-rules", "1.2.0");

    private Samples() {
    }

    static DealSigned deal() {
        return new DealSigned("ev-0d1f6a", 1, "a-7f3e", "2025-04",
                new Evidence("Norway signed a 250 million dollar contract with Saab for coastal radars.", 120, 193),
                0.92, EXTRACTOR, List.of(Actor.state("Norway", "NOR"), Actor.organization("Saab", "SWE")),
                new Money(250_000_000L, "USD"), List.of("coastal radars"), "arms");
    }

    static ExerciseHeld exercise() {
        return new ExerciseHeld("ev-51c2b9", 1, "a-7f3e", "2025",
                new Evidence("Chilean and Peruvian sailors held the Pacific Shield drill off Arica.", 194, 262),
                0.81, EXTRACTOR, List.of(Actor.state("Chile", "CHL"), Actor.state("Peru", "PER")), "Pacific Shield",
                "Arica");
    }

    static RecognitionWithheld recognition() {
        return new RecognitionWithheld("ev-9e03aa", 1, "a-7f3e", null,
                new Evidence("Cyprus does not recognise the breakaway north.", 263, 310), 0.95, EXTRACTOR,
                Actor.state("Cyprus", "CYP"), Actor.other("Northern Cyprus"));
    }
}
