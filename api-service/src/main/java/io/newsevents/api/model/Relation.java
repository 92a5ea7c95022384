package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything between two states. */
@Schema(description = "The facts two states share: deals, exercises, and non-recognition in both directions")
@JsonPropertyOrder({"a", "b", "aName", "bName", "deals", "exercises", "recognition"})
public record Relation(
        @Schema(example = "NOR") String a,
        @Schema(example = "SWE") String b,
        String aName,
        String bName,
        FactGroup deals,
        FactGroup exercises,
        @Schema(description = "withholds = a withholds recognition from b; withheldBy = b from a")
        RecognitionStance recognition) {
}
