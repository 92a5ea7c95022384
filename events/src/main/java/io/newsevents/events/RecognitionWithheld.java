package io.newsevents.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A state does not recognise another state or entity. */
@JsonPropertyOrder({"eventId", "type", "schemaVersion", "articleId", "date", "evidence", "confidence", "extractor",
        "withholder", "target"})
public record RecognitionWithheld(
        String eventId,
        int schemaVersion,
        String articleId,
        String date,
        Evidence evidence,
        double confidence,
        ExtractorInfo extractor,
        Actor withholder,
        Actor target) implements NewsEvent {

    public static final String TYPE = "RecognitionWithheld";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    @Override
    public List<Actor> actors() {
        return List.of(withholder, target);
    }
}
