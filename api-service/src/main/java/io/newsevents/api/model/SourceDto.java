package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One article that reports a fact: where it says so, who read it, and how sure the extractor was. */
@Schema(description = "One source of a fact")
@JsonPropertyOrder({"eventId", "articleId", "evidence", "date", "confidence", "extractor", "recordedAt"})
public record SourceDto(
        String eventId,
        String articleId,
        EvidenceDto evidence,
        @Schema(description = "the date as this source gives it", nullable = true) String date,
        double confidence,
        ExtractorDto extractor,
        OffsetDateTime recordedAt) {
}
