package io.newsevents.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in the currency the source states it in. */
public record MoneyDto(
        @Schema(description = "amount in whole currency units", example = "1200000000") long amount,
        @Schema(description = "ISO 4217 code", example = "EUR") String currency) {
}
