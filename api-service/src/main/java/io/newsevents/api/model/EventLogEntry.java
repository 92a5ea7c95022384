package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One row of the append-only event log: an event exactly as the store received it. */
@Schema(description = "One event as recorded in the event log")
@JsonPropertyOrder({"position", "eventId", "type", "schemaVersion", "articleId", "recordedAt", "kafkaTopic", "kafkaPartition", "kafkaOffset", "active", "factId", "payload"})
public record EventLogEntry(
        @Schema(description = "order of arrival in the store; also the SSE event id") long position,
        String eventId,
        String type,
        int schemaVersion,
        String articleId,
        @Schema(description = "the event exactly as received (see EVENTS.md)") JsonNode payload,
        @Schema(nullable = true) String kafkaTopic,
        @Schema(nullable = true) Integer kafkaPartition,
        @Schema(nullable = true) Long kafkaOffset,
        OffsetDateTime recordedAt,
        @Schema(description = "true while the claim counts in the current state; false once a later re-extraction "
                + "of its article withdrew it (the log keeps it either way)") boolean active,
        @Schema(nullable = true, description = "the fact this event supports now; null when the claim is not "
                + "active") String factId) {
}
