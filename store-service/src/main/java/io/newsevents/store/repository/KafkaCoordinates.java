package io.newsevents.store.repository;

/** Where a record came from; all null for records that did not come from Kafka. */
public record KafkaCoordinates(String topic, Integer partition, Long offset) {

    public static final KafkaCoordinates NONE = new KafkaCoordinates(null, null, null);
}
