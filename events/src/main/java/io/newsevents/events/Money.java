package io.newsevents.events;

/** An amount in the currency the text states it in (ISO 4217 code, e.g. USD, EUR, INR). */
public record Money(long amount, String currency) {
}
