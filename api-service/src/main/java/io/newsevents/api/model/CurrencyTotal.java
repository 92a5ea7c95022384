package io.newsevents.api.model;

/** The summed stated value of deals in one currency (deals without a value are not counted here). */
public record CurrencyTotal(String currency, long amount, long deals) {
}
