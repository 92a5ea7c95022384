package io.newsevents.api.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated fact query. {@code actors} must all take part in a fact (two codes select a pair); {@code from} and
 * {@code to} select facts whose date range overlaps [from, to] (undated facts are then left out).
 */
public record FactQuery(
        List<String> types,
        List<String> actors,
        LocalDate from,
        LocalDate to,
        String category,
        Long minValue,
        String currency,
        Integer minSources,
        Sort sort,
        Cursor cursor,
        int limit) {

    public FactQuery {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        sort = sort == null ? Sort.DEFAULT : sort;
    }

    public static FactQuery ofTypes(List<String> types, List<String> actors, int limit) {
        return new FactQuery(types, actors, null, null, null, null, null, null, Sort.DEFAULT, null, limit);
    }

    public FactQuery withTypes(List<String> newTypes) {
        return new FactQuery(newTypes, actors, from, to, category, minValue, currency, minSources, sort, cursor, limit);
    }

    public FactQuery withActors(List<String> newActors) {
        return new FactQuery(types, newActors, from, to, category, minValue, currency, minSources, sort, cursor, limit);
    }
}
