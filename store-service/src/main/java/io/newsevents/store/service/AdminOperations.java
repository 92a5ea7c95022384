package io.newsevents.store.service;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The store's long-running admin operations: each runs in the background, one run at a time, with progress. */
@ApplicationScoped
public class AdminOperations {

    private final Operation rebuild;
    private final Operation reextract;

    public AdminOperations(RebuildService rebuildService, ReextractService reextractService) {
        this.rebuild = new Operation("rebuild", rebuildService::rebuild);
        this.reextract = new Operation("reextract", reextractService::republish);
    }

    /** Starts a rebuild of the projections; {@link IllegalStateException} when one is running. */
    public OperationStatus startRebuild() {
        return rebuild.start();
    }

    public OperationStatus rebuildStatus() {
        return rebuild.status();
    }

    /** Starts a re-extraction request; {@link IllegalStateException} when one is running. */
    public OperationStatus startReextract() {
        return reextract.start();
    }

    public OperationStatus reextractStatus() {
        return reextract.status();
    }

    void onStop(@Observes ShutdownEvent event) {
        rebuild.shutdown();
        reextract.shutdown();
    }
}
