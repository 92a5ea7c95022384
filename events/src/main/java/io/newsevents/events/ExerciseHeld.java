package io.newsevents.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A joint military exercise, drill or war game that took place or is under way. */
@JsonPropertyOrder({"eventId", "type", "schemaVersion", "articleId", "date", "evidence", "confidence", "extractor",
        "participants", "name", "location"})
public record ExerciseHeld(
        String eventId,
        int schemaVersion,
        String articleId,
        String date,
        Evidence evidence,
        double confidence,
        ExtractorInfo extractor,
        List<Actor> participants,
        String name,
        String location) implements NewsEvent {

    public static final String TYPE = "ExerciseHeld";

    public ExerciseHeld {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    @Override
    public List<Actor> actors() {
        return participants;
    }
}
