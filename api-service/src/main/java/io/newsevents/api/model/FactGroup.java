package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Facts of one kind about an actor or a pair: the full {@code count}, value {@code totals} per currency (deals
 * only), and the most recent facts (at most the requested limit; {@code more} links to the full paginated list).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"count", "totals", "facts", "more"})
public record FactGroup(
        long count,
        @Schema(description = "deals only: summed value per currency") List<CurrencyTotal> totals,
        List<FactDto> facts,
        @Schema(description = "link to the full, paginated list") String more) {
}
