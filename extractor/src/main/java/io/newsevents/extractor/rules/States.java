package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.gazetteer.Gazetteer;
import io.newsevents.extractor.gazetteer.Mention;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state an actor stands for: itself for a state, its home state (from the gazetteer) for an organization, none
 * for anything else. Thread-safe (reads the gazetteer only).
 */
final class States {

    private final Gazetteer gazetteer;

    States(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The distinct states the acts stand for, in order; only the first {@code n} when {@code n > 0}. */
    List<Actor> statesIn(List<Act> acts, int n) {
        List<Actor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Act ac : acts) {
            Actor s = stateOf(ac.actor());
            if (s != null && seen.add(s.key())) {
                out.add(s);
            }
        }
        if (n > 0 && out.size() > n) {
            return out.subList(0, n);
        }
        return out;
    }

    /**
     * Like {@link #statesIn} but an entity without a state (Kosovo, Hamas) counts as itself: what "the two sides" or
     * "the three" can stand for.
     */
    List<Actor> partiesIn(List<Act> acts, int n) {
        List<Actor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Act ac : acts) {
            Actor s = stateOf(ac.actor());
            if (s == null && Actor.OTHER.equals(ac.actor().kind())) {
                s = ac.actor();
            }
            if (s != null && seen.add(s.key())) {
                out.add(s);
            }
        }
        if (n > 0 && out.size() > n) {
            return out.subList(0, n);
        }
        return out;
    }

    Actor stateOf(Actor a) {
        if (Actor.STATE.equals(a.kind())) {
            return a;
        }
        if (Actor.ORGANIZATION.equals(a.kind()) && a.iso3() != null) {
            Actor s = gazetteer.state(a.iso3());
            return s != null ? s : null;
        }
        return null;
    }

    /** The actor the gazetteer knows by exactly this name ("Donetsk People's Republic"), or null. */
    Actor named(String name) {
        Tokens tk = Tokenizer.tokenize(name);
        List<Mention> found = gazetteer.find(tk, 0, tk.size());
        return found.size() == 1 && found.get(0).tokStart() == 0 && found.get(0).tokEnd() == tk.size()
                ? found.get(0).actor() : null;
    }
}
