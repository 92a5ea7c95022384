package io.newsevents.store.kafka;

/** Topics the store adds to {@link io.newsevents.events.Topics}. */
public final class StoreTopics {

    /**
     * Event and marker records the store could not accept, unchanged, with the reason in the
     * {@link io.newsevents.events.Topics#DLQ_REASON_HEADER} header (plus dead-letter-topic, -partition, -offset).
     */
    public static final String EVENTS_DLQ = "events.dlq";

    private StoreTopics() {
    }
}
