package io.newsevents.events;

import java.util.List;

/** Kafka topic names. One topic per event type, so a client can subscribe to just one type. */
public final class Topics {

    /** Articles keyed by article id. */
    public static final String ARTICLES = "articles";
    /** Articles that could not be processed; the record keeps the original value, headers say why. */
    public static final String ARTICLES_DLQ = "articles.dlq";
    public static final String DEAL_SIGNED = "events.deal-signed";
    public static final String EXERCISE_HELD = "events.exercise-held";
    public static final String RECOGNITION_WITHHELD = "events.recognition-withheld";
    /** Events the store could not accept; the record keeps the original key and value, headers say why. */
    public static final String EVENTS_DLQ = "events.dlq";
    /** {@link ArticleExtracted} markers keyed by article id. */
    public static final String EXTRACTIONS = "extractions";

    public static final List<String> EVENT_TOPICS = List.of(DEAL_SIGNED, EXERCISE_HELD, RECOGNITION_WITHHELD);
    public static final List<String> ALL = List.of(ARTICLES, ARTICLES_DLQ, DEAL_SIGNED, EXERCISE_HELD,
            RECOGNITION_WITHHELD, EXTRACTIONS, EVENTS_DLQ);

    /** Header set on dead-letter records: why the record could not be processed. */
    public static final String DLQ_REASON_HEADER = "dead-letter-reason";

    private Topics() {
    }

    public static String forType(String type) {
        switch (type) {
            case DealSigned.TYPE:
                return DEAL_SIGNED;
            case ExerciseHeld.TYPE:
                return EXERCISE_HELD;
            case RecognitionWithheld.TYPE:
                return RECOGNITION_WITHHELD;
            default:
                throw new IllegalArgumentException("unknown event type: " + type);
        }
    }
}
