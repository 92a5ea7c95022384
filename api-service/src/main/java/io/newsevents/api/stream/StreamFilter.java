package io.newsevents.api.stream;

import io.newsevents.api.model.ActorDto;
import io.newsevents.api.model.StreamEvent;

import java.util.List;
import java.util.Set;

/**
 * Which stream events a subscriber wants: of one of {@code types}, naming at least one of {@code actors} (ISO
 * codes; empty = any actor).
 */
public record StreamFilter(Set<String> types, Set<String> actors) {

    public StreamFilter {
        types = Set.copyOf(types);
        actors = Set.copyOf(actors);
    }

    boolean accepts(StreamEvent event, List<String> eventActors) {
        if (!types.contains(event.type())) {
            return false;
        }
        if (actors.isEmpty()) {
            return true;
        }
        for (String iso3 : eventActors) {
            if (actors.contains(iso3)) {
                return true;
            }
        }
        return false;
    }

    static void addIso3s(List<ActorDto> actors, List<String> into) {
        for (ActorDto actor : actors) {
            if (actor.iso3() != null) {
                into.add(actor.iso3());
            }
        }
    }
}
