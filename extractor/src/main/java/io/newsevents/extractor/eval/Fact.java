package io.newsevents.extractor.eval;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.Money;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What scoring looks at in an event, gold or predicted: article, type, actors (for {@link RecognitionWithheld}
 * the ordered pair withholder, target), value, date, name and the evidence sentence.
 */
public record Fact(String articleId, String type, List<Actor> actors, Money value, String date, String name,
                   String evidence) {

    public static final List<String> TYPES = List.of(DealSigned.TYPE, ExerciseHeld.TYPE, RecognitionWithheld.TYPE);

    public Fact {
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    /** True for types whose actors are an ordered pair rather than a set. */
    public boolean ordered() {
        return RecognitionWithheld.TYPE.equals(type);
    }

    /** The fact a predicted event states. */
    public static Fact of(NewsEvent event) {
        Money value = null;
        String name = null;
        List<Actor> actors;
        if (event instanceof DealSigned deal) {
            value = deal.value();
            actors = deal.parties();
        } else if (event instanceof ExerciseHeld exercise) {
            name = exercise.name();
            actors = exercise.participants();
        } else {
            RecognitionWithheld rw = (RecognitionWithheld) event;
            actors = new ArrayList<>(2);
            actors.add(rw.withholder());
            actors.add(rw.target());
        }
        String evidence = event.evidence() == null ? null : event.evidence().text();
        return new Fact(event.articleId(), event.type(), withoutNulls(actors), value, event.date(), name, evidence);
    }

    /** Whether a prediction states the same fact as a gold event, by the rules of EVENTS.md. */
    public static boolean matches(Fact gold, Fact predicted) {
        if (!Objects.equals(gold.articleId(), predicted.articleId()) || !Objects.equals(gold.type(), predicted.type())) {
            return false;
        }
        boolean actors = sameActors(gold, predicted);
        return actors
                && MatchRules.valuesCompatible(gold.value(), predicted.value())
                && MatchRules.yearsCompatible(gold.date(), predicted.date());
    }

    /** Why a prediction with the same article and type does not match, for the report ("" when it does). */
    public static String mismatch(Fact gold, Fact predicted) {
        List<String> why = new ArrayList<>();
        boolean actors = sameActors(gold, predicted);
        if (!actors) {
            why.add("actors");
        }
        if (!MatchRules.valuesCompatible(gold.value(), predicted.value())) {
            why.add("value");
        }
        if (!MatchRules.yearsCompatible(gold.date(), predicted.date())) {
            why.add("year");
        }
        return String.join("+", why);
    }

    /** Rule 2: the same actor set, or the same ordered pair for RecognitionWithheld. */
    public static boolean sameActors(Fact gold, Fact predicted) {
        if (gold.ordered()) {
            return gold.actors().size() == 2 && predicted.actors().size() == 2
                    && MatchRules.sameOrderedPair(gold.actors().get(0), gold.actors().get(1),
                    predicted.actors().get(0), predicted.actors().get(1));
        }
        return MatchRules.sameActorSet(gold.actors(), predicted.actors());
    }

    private static List<Actor> withoutNulls(List<Actor> actors) {
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
