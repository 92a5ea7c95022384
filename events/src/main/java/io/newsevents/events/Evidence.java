package io.newsevents.events;

/** The sentence a fact was read from, with its character offsets [start, end) into the article text. */
public record Evidence(String text, int start, int end) {
}
