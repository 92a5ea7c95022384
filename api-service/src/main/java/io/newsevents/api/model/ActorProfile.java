package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Everything the store knows about one state. */
@Schema(description = "Profile of one state: partners, deals with totals per currency, exercises, recognition stance")
@JsonPropertyOrder({"iso3", "name", "partners", "deals", "exercises", "recognition"})
public record ActorProfile(
        @Schema(example = "NOR") String iso3,
        @Schema(example = "Norway") String name,
        List<Partner> partners,
        FactGroup deals,
        FactGroup exercises,
        RecognitionStance recognition) {
}
