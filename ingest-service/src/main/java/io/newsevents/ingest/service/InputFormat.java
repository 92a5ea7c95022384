package io.newsevents.ingest.service;

/** How a request body holds its articles. */
public enum InputFormat {
    /** One JSON article object, or a JSON array of them ({@code application/json}). */
    JSON,
    /** One JSON article object per line; blank lines are skipped ({@code application/x-ndjson}, {@code application/jsonl}). */
    JSON_LINES
}
