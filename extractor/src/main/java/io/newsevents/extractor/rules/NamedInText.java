package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.gazetteer.Gazetteer;
import io.newsevents.extractor.gazetteer.Mention;
import io.newsevents.extractor.text.Tokens;

import java.util.HashSet;
import java.util.Set;

/**
 * The actors one article names by a name that needs no context (its name, a demonym, an unambiguous capital). A
 * contextual alias ("Georgetown", "Congo") counts only for an actor in this set. Read once per article, and only
 * when a contextual alias occurs, so articles without one pay nothing.
 */
final class NamedInText {

    private final Gazetteer gazetteer;
    private final Tokens tk;
    private Set<String> keys;

    NamedInText(Gazetteer gazetteer, Tokens tk) {
        this.gazetteer = gazetteer;
        this.tk = tk;
    }

    /** True when the article names this actor somewhere by a name that is not contextual. */
    boolean otherwise(Actor actor) {
        if (keys == null) {
            keys = new HashSet<>();
            for (Mention m : gazetteer.find(tk, 0, tk.size())) {
                keys.add(m.actor().key()); // contextual aliases are left out of this search
            }
        }
        return keys.contains(actor.key());
    }
}
