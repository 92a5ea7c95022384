package io.newsevents.events;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deterministic event ids: the same article and the same fact give the same id, whatever the extractor
 * version, so redelivery and re-extraction are idempotent.
 */
public final class EventIds {

    private EventIds() {
    }

    /**
     * @param articleId the article the fact was read from
     * @param type      the event type
     * @param factKey   what identifies the fact inside the article (e.g. sorted actor keys, value, name)
     */
    public static String of(String articleId, String type, String... factKey) {
        String joined = articleId + '\u001f' + type + '\u001f' + String.join("\u001f", Arrays.asList(factKey));
        return "ev-" + Hashing.sha256Hex(joined).substring(0, 32);
    }

    /** Sorted, de-duplicated actor keys joined by '+': the order the text names them in does not matter. */
    public static String actorSetKey(List<Actor> actors) {
        return actors.stream().map(Actor::key).distinct().sorted().collect(Collectors.joining("+"));
    }
}
