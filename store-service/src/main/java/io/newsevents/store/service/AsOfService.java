package io.newsevents.store.service;

import io.agroal.api.AgroalDataSource;
import io.newsevents.store.identity.FactActor;
import io.newsevents.store.identity.ProjectedFact;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The facts as the store knew them at a time: the logs replayed up to that time through the same projection the live
 * consumer uses. Without a time it is the current state computed from the logs (what a rebuild would write).
 */
@ApplicationScoped
public class AsOfService {

    private final AgroalDataSource dataSource;

    public AsOfService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param asOf     only what was recorded at or before this time; null for everything
     * @param type     only facts of this type; null for all
     * @param actorKey only facts with this actor (ISO code, or case-folded name); null for all
     * @param from     only facts whose date range ends on or after this day; null for no bound
     * @param to       only facts whose date range starts on or before this day; null for no bound
     */
    public List<ProjectedFact> facts(Instant asOf, String type, String actorKey, LocalDate from, LocalDate to)
            throws SQLException {
        List<ProjectedFact> facts;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                facts = LogReplay.facts(LogReplay.claims(c, asOf, new AtomicLong()));
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        }
        return facts.stream()
                .filter(f -> type == null || type.equals(f.type()))
                .filter(f -> actorKey == null || f.actors().stream().map(FactActor::actorKey)
                        .anyMatch(k -> k.equalsIgnoreCase(actorKey)))
                .filter(f -> from == null || (f.dateTo() != null && !f.dateTo().isBefore(from)))
                .filter(f -> to == null || (f.dateFrom() != null && !f.dateFrom().isAfter(to)))
                .sorted(Comparator.comparing(ProjectedFact::firstSeen).thenComparing(ProjectedFact::factId))
                .collect(Collectors.toList());
    }
}
