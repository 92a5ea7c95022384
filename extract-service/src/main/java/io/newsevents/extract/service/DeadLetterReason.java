package io.newsevents.extract.service;

/** Why an article could not be processed; the tag of the dead-letter counter. */
public enum DeadLetterReason {
    /** The record has no value. */
    EMPTY_RECORD("empty-record"),
    /** The value is not a JSON article object. */
    INVALID_JSON("invalid-json"),
    /** The article has no (or only blank) text. */
    MISSING_TEXT("missing-text"),
    /** The extractor threw or produced an event that cannot be published. */
    EXTRACTOR_ERROR("extractor-error");

    private final String tag;

    DeadLetterReason(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
