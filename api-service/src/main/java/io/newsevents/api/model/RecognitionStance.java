package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Non-recognition in both directions. */
@JsonPropertyOrder({"withholds", "withheldBy"})
public record RecognitionStance(
        @Schema(description = "facts where the state withholds recognition from another") FactGroup withholds,
        @Schema(description = "facts where another state withholds recognition from this one") FactGroup withheldBy) {
}
