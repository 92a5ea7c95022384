package io.newsevents.extractor;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** One-line descriptions of events for test failure messages. Scoring itself is {@code eval.Scorer}. */
final class EventDescriptions {

    private EventDescriptions() {
    }

    static List<String> actorKeys(NewsEvent e) {
        List<String> out = new ArrayList<>();
        if (e instanceof RecognitionWithheld r) {
            out.add(r.withholder().key());
            out.add(r.target().key());
            return out;
        }
        TreeSet<String> set = new TreeSet<>();
        for (Actor a : e.actors()) {
            set.add(a.key());
        }
        out.addAll(set);
        return out;
    }

    static String describe(NewsEvent e) {
        String extra = "";
        if (e instanceof DealSigned d) {
            extra = " v=" + (d.value() == null ? null : d.value().amount() + d.value().currency()) + " items=" + d.items()
                    + " cat=" + d.category();
        } else if (e instanceof ExerciseHeld x) {
            extra = " name=" + x.name() + " loc=" + x.location();
        }
        return e.type() + " " + actorKeys(e) + " d=" + e.date() + extra + " c=" + e.confidence();
    }
}
