package io.newsevents.extract.service;

import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.NewsEvent;

import java.util.List;

/**
 * What one article record turned into: either its events plus the marker that closes the extraction, or the
 * reason it goes to the dead-letter topic.
 */
public final class Extraction {

    /** One record to publish: topic, and the JSON value (the key is always the article id). */
    public record OutgoingEvent(NewsEvent event, String topic, String json) {
    }

    private final String articleId;
    private final List<OutgoingEvent> events;
    private final ArticleExtracted marker;
    private final DeadLetterReason reason;
    private final String detail;

    private Extraction(String articleId, List<OutgoingEvent> events, ArticleExtracted marker,
                       DeadLetterReason reason, String detail) {
        this.articleId = articleId;
        this.events = events;
        this.marker = marker;
        this.reason = reason;
        this.detail = detail;
    }

    public static Extraction extracted(String articleId, List<OutgoingEvent> events, ArticleExtracted marker) {
        return new Extraction(articleId, List.copyOf(events), marker, null, null);
    }

    public static Extraction deadLetter(DeadLetterReason reason, String detail) {
        return new Extraction(null, List.of(), null, reason, detail);
    }

    public boolean isDeadLetter() {
        return reason != null;
    }

    public String articleId() {
        return articleId;
    }

    public List<OutgoingEvent> events() {
        return events;
    }

    public ArticleExtracted marker() {
        return marker;
    }

    public DeadLetterReason reason() {
        return reason;
    }

    /** Human-readable reason, the value of the {@code dead-letter-reason} header. */
    public String detail() {
        return detail;
    }
}
