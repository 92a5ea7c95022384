package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another actor that shares facts with the profiled state, with counts per fact type. */
@JsonPropertyOrder({"key", "iso3", "name", "deals", "exercises", "recognitions", "total"})
public record Partner(
        @Schema(description = "ISO code, or the case-folded name for an actor without one") String key,
        @JsonProperty("iso3") @Schema(nullable = true) String iso3,
        String name,
        long deals,
        long exercises,
        long recognitions,
        long total) {
}
