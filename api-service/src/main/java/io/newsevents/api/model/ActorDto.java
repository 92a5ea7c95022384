package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor of a fact with its role in it: party, participant, withholder or target. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"name", "iso3", "kind", "role"})
@Schema(description = "An actor of a fact and its role in it")
public record ActorDto(
        @Schema(example = "Norway") String name,
        @JsonProperty("iso3")
        @Schema(description = "ISO 3166-1 alpha-3 code of the state (of the state an organization belongs to); null for none",
                example = "NOR", nullable = true) String iso3,
        @Schema(enumeration = {"state", "organization", "other"}) String kind,
        @Schema(enumeration = {"party", "participant", "withholder", "target"}) String role) {
}
