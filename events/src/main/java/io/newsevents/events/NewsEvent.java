package io.newsevents.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * An event read from an article. The envelope fields are common to all types; see EVENTS.md.
 * The JSON {@code type} property selects the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DealSigned.class, name = DealSigned.TYPE),
        @JsonSubTypes.Type(value = ExerciseHeld.class, name = ExerciseHeld.TYPE),
        @JsonSubTypes.Type(value = RecognitionWithheld.class, name = RecognitionWithheld.TYPE)
})
public sealed interface NewsEvent permits DealSigned, ExerciseHeld, RecognitionWithheld {

    int CURRENT_SCHEMA_VERSION = 1;

    String eventId();

    String type();

    int schemaVersion();

    String articleId();

    /** {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd} or {@code null}. */
    String date();

    Evidence evidence();

    double confidence();

    ExtractorInfo extractor();

    /** Every actor the event names, in the order of its fields. */
    @JsonIgnore
    List<Actor> actors();

    /** The Kafka topic this event is published to. */
    @JsonIgnore
    default String topic() {
        return Topics.forType(type());
    }
}
