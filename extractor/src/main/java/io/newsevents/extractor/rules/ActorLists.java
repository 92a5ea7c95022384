package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists of actors with one actor per key, as the rules collect the parties of a fact. */
final class ActorLists {

    private ActorLists() {
    }

    /** How many different actors (by key) the list holds. */
    static int distinctKeys(List<Actor> actors) {
        Set<String> k = new HashSet<>();
        for (Actor a : actors) {
            k.add(a.key());
        }
        return k.size();
    }

    /** True when the list holds an actor with this actor's key. */
    static boolean hasKey(List<Actor> list, Actor a) {
        for (Actor x : list) {
            if (x.key().equals(a.key())) {
                return true;
            }
        }
        return false;
    }

    /** Adds the actor unless one with its key is there; a state replaces a non-state of that key. */
    static void addUnique(List<Actor> list, Actor a) {
        for (int i = 0; i < list.size(); i++) {
            Actor x = list.get(i);
            if (x.key().equals(a.key())) {
                if (!Actor.STATE.equals(x.kind()) && Actor.STATE.equals(a.kind())) {
                    list.set(i, a);
                }
                return;
            }
        }
        list.add(a);
    }
}
