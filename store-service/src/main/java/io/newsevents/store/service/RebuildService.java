package io.newsevents.store.service;

import io.agroal.api.AgroalDataSource;
import io.newsevents.store.identity.Claim;
import io.newsevents.store.identity.Projector;
import io.newsevents.store.repository.Locks;
import io.newsevents.store.repository.ProjectionRepository;
import io.newsevents.store.service.LogReplay.ReplayedClaim;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drops the projections (claim, fact, fact_actor, fact_source) and rebuilds them from the logs, in one transaction
 * that holds the global lock exclusively (run through {@link AdminOperations}): the live consumer waits, readers see the old state until the commit and
 * the new one after it, never a half-built one.
 */
@ApplicationScoped
public class RebuildService {

    private static final int BATCH = 1000;

    private final AgroalDataSource dataSource;

    public RebuildService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void rebuild(Operation progress) throws Exception {
        Transactions.inTransaction(dataSource, c -> {
            progress.phase("waiting for the live consumer");
            Locks.globalExclusive(c);
            progress.phase("reading the logs");
            AtomicLong read = progress.counter("logRowsRead");
            List<ReplayedClaim> replayed = LogReplay.claims(c, null, read);
            progress.phase("writing claims");
            ProjectionRepository.truncate(c);
            AtomicLong claims = progress.counter("claims");
            for (int from = 0; from < replayed.size(); from += BATCH) {
                List<ReplayedClaim> batch = replayed.subList(from, Math.min(replayed.size(), from + BATCH));
                List<Claim> batchClaims = new ArrayList<>(batch.size());
                List<String> groups = new ArrayList<>(batch.size());
                List<Boolean> active = new ArrayList<>(batch.size());
                for (ReplayedClaim r : batch) {
                    batchClaims.add(r.claim());
                    groups.add(r.groupKey());
                    active.add(r.active());
                }
                ProjectionRepository.insertClaims(c, batchClaims, groups, active);
                claims.addAndGet(batch.size());
            }
            progress.phase("projecting facts");
            Map<String, List<Claim>> byGroup = LogReplay.activeByGroup(replayed);
            progress.counter("groupsTotal").set(byGroup.size());
            AtomicLong projected = progress.counter("groupsProjected");
            AtomicLong facts = progress.counter("facts");
            for (Map.Entry<String, List<Claim>> group : byGroup.entrySet()) {
                var groupFacts = Projector.project(group.getKey(), group.getValue());
                ProjectionRepository.insertFacts(c, groupFacts);
                facts.addAndGet(groupFacts.size());
                projected.incrementAndGet();
            }
            progress.phase("committing");
            return null;
        });
    }
}
