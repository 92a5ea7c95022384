package io.newsevents.store.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsevents.events.Actor;
import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the JSON the store consumes. Everything it rejects is a {@link BadRecordException}. */
public final class EventParser {

    private EventParser() {
    }

    /** An accepted event: the record (upcast) and the schema version it was received in. */
    public record Parsed(NewsEvent event, int receivedVersion) {
    }

    public static Parsed parseEvent(String json) {
        JsonNode node = tree(json);
        int received = Upcaster.versionOf(node);
        ObjectNode current = Upcaster.upcast((ObjectNode) node);
        NewsEvent event;
        try {
            event = Json.MAPPER.treeToValue(current, NewsEvent.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new BadRecordException("not a NewsEvent: " + message(e), e);
        }
        validate(event);
        return new Parsed(event, received);
    }

    /** Reads an event the store accepted earlier (from the log): upcast, no validation beyond the records'. */
    public static NewsEvent readStored(String json) {
        return parseEvent(json).event();
    }

    public static ArticleExtracted parseMarker(String json) {
        tree(json);
        ArticleExtracted marker;
        try {
            marker = Json.MAPPER.readValue(json, ArticleExtracted.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new BadRecordException("not an ArticleExtracted marker: " + message(e), e);
        }
        if (blank(marker.articleId())) {
            throw new BadRecordException("ArticleExtracted without articleId");
        }
        for (String id : marker.eventIds()) {
            if (blank(id)) {
                throw new BadRecordException("ArticleExtracted " + marker.articleId() + " lists a blank event id");
            }
        }
        return marker;
    }

    private static JsonNode tree(String json) {
        if (json == null || json.isBlank()) {
            throw new BadRecordException("empty record");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadRecordException("unparseable JSON: " + e.getOriginalMessage(), e);
        }
        if (!(node instanceof ObjectNode)) {
            throw new BadRecordException("not a JSON object");
        }
        return node;
    }

    static void validate(NewsEvent event) {
        if (blank(event.eventId())) {
            throw new BadRecordException(event.type() + " without eventId");
        }
        if (blank(event.articleId())) {
            throw new BadRecordException(event.type() + " " + event.eventId() + " without articleId");
        }
        if (event.evidence() == null || event.evidence().text() == null) {
            throw new BadRecordException(event.type() + " " + event.eventId() + " without evidence");
        }
        if (event instanceof DealSigned && distinctKeys(((DealSigned) event).parties()) < 2) {
            throw new BadRecordException("DealSigned " + event.eventId() + " names fewer than two distinct parties");
        }
        if (event instanceof ExerciseHeld && ((ExerciseHeld) event).participants().isEmpty()) {
            throw new BadRecordException("ExerciseHeld " + event.eventId() + " names no participant");
        }
        if (event instanceof RecognitionWithheld) {
            RecognitionWithheld r = (RecognitionWithheld) event;
            if (r.withholder() == null || r.target() == null) {
                throw new BadRecordException("RecognitionWithheld " + event.eventId() + " needs a withholder and a target");
            }
        }
        for (Actor actor : event.actors()) {
            if (actor == null) {
                throw new BadRecordException(event.type() + " " + event.eventId() + " has a null actor");
            }
        }
    }

    private static int distinctKeys(List<Actor> actors) {
        Set<String> keys = new HashSet<>();
        for (Actor a : actors) {
            if (a != null) {
                keys.add(a.key());
            }
        }
        return keys.size();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String message(Exception e) {
        if (e instanceof JsonProcessingException) {
            return ((JsonProcessingException) e).getOriginalMessage();
        }
        Throwable cause = e.getCause();
        return cause instanceof JsonProcessingException ? ((JsonProcessingException) cause).getOriginalMessage()
                : e.getMessage();
    }
}
