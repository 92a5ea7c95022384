package io.newsevents.store.identity;

import io.newsevents.events.NewsEvent;

import java.time.Instant;

/**
 * One article's claim of a fact: an event as currently known (latest payload, upcast), and when the store first
 * recorded its id.
 */
public record Claim(String eventId, String articleId, NewsEvent event, Instant recordedAt) {
}
