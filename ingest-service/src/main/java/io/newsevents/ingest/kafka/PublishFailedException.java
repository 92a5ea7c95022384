package io.newsevents.ingest.kafka;

/** Kafka did not acknowledge every article of a request in time. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
