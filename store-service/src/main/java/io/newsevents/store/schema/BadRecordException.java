package io.newsevents.store.schema;

/** A record the store cannot accept (unparseable, unknown type, missing actors): it goes to the dead-letter topic. */
public class BadRecordException extends RuntimeException {

    public BadRecordException(String message) {
        super(message);
    }

    public BadRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
