package io.newsevents.store.service;

import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** One admin operation that runs in the background, one run at a time, and reports its progress. */
final class Operation {

    /** The work; it reports progress with {@link #phase(String)} and {@link #counter(String)}. */
    interface Work {
        void run(Operation progress) throws Exception;
    }

    /** Thrown by {@link #start()} when a run is under way. */
    static final class AlreadyRunning extends IllegalStateException {
        AlreadyRunning(String operation) {
            super(operation + " is already running");
        }
    }

    private static final Logger LOG = Logger.getLogger(Operation.class);

    private final String name;
    private final Work work;
    private final ExecutorService executor;
    private final Map<String, AtomicLong> counters = new LinkedHashMap<>();
    private volatile String state = OperationStatus.IDLE;
    private volatile String phase;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    Operation(String name, Work work) {
        this.name = name;
        this.work = work;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    synchronized OperationStatus start() {
        if (OperationStatus.RUNNING.equals(state)) {
            throw new AlreadyRunning(name);
        }
        counters.clear();
        state = OperationStatus.RUNNING;
        phase = "starting";
        startedAt = Instant.now();
        finishedAt = null;
        error = null;
        executor.execute(() -> {
            try {
                work.run(this);
                finish(OperationStatus.DONE, null);
            } catch (Exception | Error e) {
                LOG.errorf(e, "%s failed", name);
                finish(OperationStatus.FAILED, String.valueOf(e.getMessage()));
            }
        });
        return status();
    }

    private synchronized void finish(String finalState, String failure) {
        phase = OperationStatus.DONE.equals(finalState) ? "finished" : phase;
        error = failure;
        finishedAt = Instant.now();
        state = finalState;
    }

    synchronized OperationStatus status() {
        Map<String, Long> values = new LinkedHashMap<>();
        counters.forEach((k, v) -> values.put(k, v.get()));
        return new OperationStatus(name, state, phase, values, startedAt, finishedAt, error);
    }

    void phase(String value) {
        phase = value;
    }

    synchronized AtomicLong counter(String key) {
        return counters.computeIfAbsent(key, k -> new AtomicLong());
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
