package io.newsevents.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A concluded agreement between two or more parties. */
@JsonPropertyOrder({"eventId", "type", "schemaVersion", "articleId", "date", "evidence", "confidence", "extractor",
        "parties", "value", "items", "category"})
public record DealSigned(
        String eventId,
        int schemaVersion,
        String articleId,
        String date,
        Evidence evidence,
        double confidence,
        ExtractorInfo extractor,
        List<Actor> parties,
        Money value,
        List<String> items,
        String category) implements NewsEvent {

    public static final String TYPE = "DealSigned";
    public static final List<String> CATEGORIES = List.of("arms", "cooperation", "ceasefire", "trade", "other");

    public DealSigned {
        parties = parties == null ? List.of() : List.copyOf(parties);
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    @Override
    public List<Actor> actors() {
        return parties;
    }
}
