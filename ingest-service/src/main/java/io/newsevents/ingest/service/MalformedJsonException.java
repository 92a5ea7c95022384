package io.newsevents.ingest.service;

/** The body is not well-formed JSON; carries the parser's message and position. */
public class MalformedJsonException extends RuntimeException {

    private final Integer line;
    private final Integer column;

    public MalformedJsonException(String message, Integer line, Integer column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }
}
