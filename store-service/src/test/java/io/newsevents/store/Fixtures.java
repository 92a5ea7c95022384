package io.newsevents.store;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.EventIds;
import io.newsevents.events.Evidence;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Money;
import io.newsevents.events.RecognitionWithheld;

import java.util.List;

/** Events written for the tests (own sentences, invented figures). */
public final class Fixtures {

    public static final ExtractorInfo V1 = new ExtractorInfo("test-rules", "1.0.0");
    public static final ExtractorInfo V2 = new ExtractorInfo("test-rules", "2.0.0");

    public static final Actor NORWAY = Actor.state("Norway", "NOR");
    public static final Actor CHILE = Actor.state("Chile", "CHL");
    public static final Actor PERU = Actor.state("Peru", "PER");
    public static final Actor TURKEY = Actor.state("Turkey", "TUR");
    public static final Actor TURKIYE = Actor.state("Türkiye", "TUR");
    public static final Actor SAAB = Actor.organization("Saab", "SWE");
    public static final Actor CYPRUS = Actor.state("Cyprus", "CYP");
    public static final Actor NORTHERN_CYPRUS = Actor.other("Northern Cyprus");

    private Fixtures() {
    }

    public static DealSigned deal(String articleId, String date, Money value, List<String> items, ExtractorInfo x,
                                  Actor... parties) {
        List<Actor> list = List.of(parties);
        String text = list.get(0).name() + " signed a contract with " + list.get(1).name() + ".";
        return new DealSigned(EventIds.of(articleId, DealSigned.TYPE, EventIds.actorSetKey(list),
                value == null ? "" : Long.toString(value.amount())),
                1, articleId, date, new Evidence(text, 10, 10 + text.length()), 0.9, x, list, value, items, "arms");
    }

    public static ExerciseHeld exercise(String articleId, String date, String name, ExtractorInfo x,
                                        Actor... participants) {
        List<Actor> list = List.of(participants);
        String text = "Troops of " + list.get(0).name() + " took part in the drill.";
        return new ExerciseHeld(EventIds.of(articleId, ExerciseHeld.TYPE, EventIds.actorSetKey(list),
                name == null ? "" : name), 1, articleId, date, new Evidence(text, 0, text.length()), 0.8, x, list,
                name, null);
    }

    public static RecognitionWithheld recognition(String articleId, ExtractorInfo x, Actor withholder, Actor target) {
        String text = withholder.name() + " does not recognise " + target.name() + ".";
        return new RecognitionWithheld(EventIds.of(articleId, RecognitionWithheld.TYPE,
                withholder.key() + ">" + target.key()), 1, articleId, null, new Evidence(text, 5, 5 + text.length()),
                0.95, x, withholder, target);
    }

    public static Money usd(long amount) {
        return new Money(amount, "USD");
    }
}
