package io.newsevents.store.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;

/**
 * Rewrites older JSON shapes of an event into the current one before it is read into the records, so the log can keep
 * every event exactly as it was received and still be replayed by the current code.
 *
 * <p>Version 0 (events without {@code schemaVersion}, or with 0) named every actor in one {@code actors} array:
 * DealSigned's {@code parties}, ExerciseHeld's {@code participants}, and RecognitionWithheld's withholder and target as
 * its first and second element. Version 1 is {@link NewsEvent#CURRENT_SCHEMA_VERSION}.
 */
public final class Upcaster {

    private Upcaster() {
    }

    /** The schema version a JSON event declares; 0 when it declares none. */
    public static int versionOf(JsonNode node) {
        JsonNode version = node.get("schemaVersion");
        return version == null || version.isNull() ? 0 : version.asInt(0);
    }

    /** Upcasts in place, one version step at a time, and returns the node. */
    public static ObjectNode upcast(ObjectNode node) {
        int version = versionOf(node);
        if (version > NewsEvent.CURRENT_SCHEMA_VERSION) {
            throw new BadRecordException("schemaVersion " + version + " is newer than this store understands ("
                    + NewsEvent.CURRENT_SCHEMA_VERSION + "); replay it after upgrading the store");
        }
        if (version < 0) {
            throw new BadRecordException("schemaVersion " + version + " is not a version");
        }
        if (version == 0) {
            v0ToV1(node);
        }
        return node;
    }

    private static void v0ToV1(ObjectNode node) {
        JsonNode actors = node.remove("actors");
        String type = node.path("type").asText("");
        if (actors instanceof ArrayNode) {
            ArrayNode list = (ArrayNode) actors;
            switch (type) {
                case DealSigned.TYPE:
                    node.putIfAbsent("parties", list);
                    break;
                case ExerciseHeld.TYPE:
                    node.putIfAbsent("participants", list);
                    break;
                case RecognitionWithheld.TYPE:
                    if (list.size() > 0) {
                        node.putIfAbsent("withholder", list.get(0));
                    }
                    if (list.size() > 1) {
                        node.putIfAbsent("target", list.get(1));
                    }
                    break;
                default:
                    break;
            }
        }
        node.put("schemaVersion", 1);
    }
}
