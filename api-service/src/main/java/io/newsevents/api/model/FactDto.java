package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One projected fact with every source that reports it. Type-specific fields are present only for their type:
 * value/items/category for DealSigned, name/location for ExerciseHeld, withholder/target for RecognitionWithheld.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"factId", "type", "date", "actors", "value", "items", "category", "name", "location",
        "withholder", "target", "sourceCount", "firstSeen", "lastSeen", "sources"})
@Schema(description = "A fact merged from every article that reports it")
public record FactDto(
        @Schema(example = "f-3b1c0d") String factId,
        @Schema(enumeration = {"DealSigned", "ExerciseHeld", "RecognitionWithheld"}) String type,
        @Schema(description = "yyyy, yyyy-MM or yyyy-MM-dd: the most precise a source gives", example = "2024-05",
                nullable = true) String date,
        List<ActorDto> actors,
        @Schema(description = "DealSigned: the value, when stated") MoneyDto value,
        @Schema(description = "DealSigned: named systems or goods") List<String> items,
        @Schema(description = "DealSigned", enumeration = {"arms", "cooperation", "ceasefire", "trade", "other"})
        String category,
        @Schema(description = "ExerciseHeld: the exercise's name") String name,
        @Schema(description = "ExerciseHeld: where it took place") String location,
        @Schema(description = "RecognitionWithheld: the state that does not recognise") ActorDto withholder,
        @Schema(description = "RecognitionWithheld: the state or entity not recognised") ActorDto target,
        @Schema(description = "distinct articles supporting the fact") int sourceCount,
        OffsetDateTime firstSeen,
        OffsetDateTime lastSeen,
        List<SourceDto> sources) {
}
