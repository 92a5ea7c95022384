package io.newsevents.store.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A fact as the projection stores it: the merge of every active claim of one cluster of one fact group. */
public record ProjectedFact(
        String factId,
        String type,
        String groupKey,
        String date,
        LocalDate dateFrom,
        LocalDate dateTo,
        String category,
        Long valueAmount,
        String valueCurrency,
        List<String> items,
        String name,
        String location,
        int sourceCount,
        Instant firstSeen,
        Instant lastSeen,
        List<FactActor> actors,
        List<Claim> sources) {
}
