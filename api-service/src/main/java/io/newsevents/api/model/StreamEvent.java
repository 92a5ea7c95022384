package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * The data of one Server-Sent Event: an event the store recorded and the fact it now supports (as the fact is at
 * the time of sending; null when a later re-extraction of the article withdrew the claim).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "One event of the live stream; the SSE id is `position`")
@JsonPropertyOrder({"position", "eventId", "type", "articleId", "recordedAt", "fact"})
public record StreamEvent(
        long position,
        String eventId,
        String type,
        String articleId,
        OffsetDateTime recordedAt,
        @Schema(nullable = true) FactDto fact) {
}
