package io.newsevents.store.service;

import java.time.Instant;
import java.util.Map;

/**
 * Progress of an admin operation (rebuild, re-extraction). {@code state} is idle, running, done or failed;
 * {@code counters} say how far it got (e.g. logRowsRead, groupsProjected of groupsTotal).
 */
public record OperationStatus(String operation, String state, String phase, Map<String, Long> counters,
                              Instant startedAt, Instant finishedAt, String error) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public static OperationStatus idle(String operation) {
        return new OperationStatus(operation, IDLE, null, Map.of(), null, null, null);
    }

    public boolean running() {
        return RUNNING.equals(state);
    }
}
