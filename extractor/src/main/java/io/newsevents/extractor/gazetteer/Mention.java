package io.newsevents.extractor.gazetteer;

import io.newsevents.events.Actor;

/**
 * An actor named in the text: tokens [tokStart, tokEnd) matched the gazetteer.
 *
 * @param place true when the matched alias is a capital or another place name of the actor (not its name or a
 *              demonym), so "in Baku" can be read as a location
 */
public record Mention(int tokStart, int tokEnd, Actor actor, boolean place) {

    public String key() {
        return actor.key();
    }

    public boolean isState() {
        return Actor.STATE.equals(actor.kind());
    }
}
