package io.newsevents.api.query;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders a fact list can be read in. Each is a key expression plus the fact id as tie-breaker, so that keyset
 * (cursor) pagination is stable. Facts without the key (undated, no value) come last in both directions.
 */
public enum Sort {
    DATE_ASC("date", "COALESCE(f.date_from, DATE '9999-12-31')", true, Kind.DATE),
    DATE_DESC("-date", "COALESCE(f.date_from, DATE '0001-01-01')", false, Kind.DATE),
    VALUE_ASC("value", "COALESCE(f.value_amount, 9223372036854775807)", true, Kind.LONG),
    VALUE_DESC("-value", "COALESCE(f.value_amount, -1)", false, Kind.LONG),
    SOURCES_ASC("sources", "f.source_count", true, Kind.LONG),
    SOURCES_DESC("-sources", "f.source_count", false, Kind.LONG);

    public static final Sort DEFAULT = DATE_DESC;

    /** How the key is carried in a cursor and bound to SQL. */
    public enum Kind { DATE, LONG }

    private final String param;
    private final String keyExpression;
    private final boolean ascending;
    private final Kind kind;

    Sort(String param, String keyExpression, boolean ascending, Kind kind) {
        this.param = param;
        this.keyExpression = keyExpression;
        this.ascending = ascending;
        this.kind = kind;
    }

    public static Sort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        for (Sort sort : values()) {
            if (sort.param.equals(value.trim())) {
                return sort;
            }
        }
        throw ApiException.badParameter("sort", "sort must be one of " + allowed() + ", got '" + value + "'");
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Sort::param).collect(Collectors.joining(", "));
    }

    public String param() {
        return param;
    }

    public String keyExpression() {
        return keyExpression;
    }

    public boolean ascending() {
        return ascending;
    }

    public Kind kind() {
        return kind;
    }
}
