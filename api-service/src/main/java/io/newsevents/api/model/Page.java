package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list. {@code nextCursor} is null on the last page; {@code next} is the link to the next page. */
@Schema(description = "One page of results; follow `next` (or pass `cursor=nextCursor`) for the next page")
@JsonPropertyOrder({"items", "nextCursor", "next", "limit"})
public record Page<T>(
        List<T> items,
        @Schema(description = "opaque cursor of the next page, null on the last page", nullable = true) String nextCursor,
        @Schema(description = "relative link to the next page, null on the last page", nullable = true) String next,
        int limit) {
}
