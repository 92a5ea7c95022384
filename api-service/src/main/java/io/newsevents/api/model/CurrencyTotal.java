package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The summed stated value of deals in one currency (deals without a value are not counted here). */
@JsonPropertyOrder({"currency", "amount", "deals"})
public record CurrencyTotal(String currency, long amount, long deals) {
}
