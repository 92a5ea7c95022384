package io.newsevents.api.query;

import io.newsevents.api.iso.IsoCountries;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses and validates request parameters; every failure is an {@link ApiException} (400 or 404). */
public final class Params {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final List<String> TYPES = List.of("DealSigned", "ExerciseHeld", "RecognitionWithheld");
    public static final List<String> CATEGORIES = List.of("arms", "cooperation", "ceasefire", "trade", "other");

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private Params() {
    }

    /**
     * An ISO 3166-1 alpha-3 code given in a path: malformed is a 400, well-formed but unassigned is a 404.
     */
    public static String pathIso3(String value) {
        String code = iso3Format("iso3", value);
        if (!IsoCountries.isKnown(code)) {
            throw ApiException.unknownActor(code);
        }
        return code;
    }

    /**
     * Actor filters: every {@code actor} value (comma-separated values allowed) plus the two codes of {@code pair}.
     * A malformed or unassigned code is a 400: the resource exists, the parameter is wrong.
     */
    public static List<String> actors(List<String> actorParams, String pair) {
        Set<String> codes = new LinkedHashSet<>();
        if (actorParams != null) {
            for (String value : actorParams) {
                for (String part : value.split(",", -1)) {
                    codes.add(queryIso3("actor", part));
                }
            }
        }
        if (pair != null && !pair.isBlank()) {
            String[] parts = pair.split(",", -1);
            if (parts.length != 2) {
                throw ApiException.badParameter("pair", "pair must be two ISO codes separated by a comma, e.g. NOR,SWE");
            }
            String a = queryIso3("pair", parts[0]);
            String b = queryIso3("pair", parts[1]);
            if (a.equals(b)) {
                throw ApiException.badParameter("pair", "pair must name two different states");
            }
            codes.add(a);
            codes.add(b);
        }
        return new ArrayList<>(codes);
    }

    private static String queryIso3(String param, String value) {
        String code = iso3Format(param, value);
        if (!IsoCountries.isKnown(code)) {
            throw ApiException.badParameter(param, "'" + code + "' is not an ISO 3166-1 alpha-3 code");
        }
        return code;
    }

    private static String iso3Format(String param, String value) {
        String trimmed = value == null ? "" : value.trim();
        if (!ISO3.matcher(trimmed).matches()) {
            throw ApiException.badParameter(param, param + " must be an ISO 3166-1 alpha-3 code such as NOR, got '"
                    + (value == null ? "" : value) + "'");
        }
        return trimmed.toUpperCase(Locale.ROOT);
    }

    /** Event types: canonical names, case-insensitive, comma-separated or repeated; empty means all. */
    public static List<String> types(List<String> values) {
        Set<String> types = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",", -1)) {
                    types.add(type(part));
                }
            }
        }
        return types.isEmpty() ? TYPES : new ArrayList<>(types);
    }

    private static String type(String value) {
        String trimmed = value.trim();
        for (String type : TYPES) {
            if (type.equalsIgnoreCase(trimmed)) {
                return type;
            }
        }
        throw ApiException.badParameter("type", "type must be one of " + String.join(", ", TYPES) + ", got '" + value + "'");
    }

    public static String category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (!CATEGORIES.contains(lower)) {
            throw ApiException.badParameter("category",
                    "category must be one of " + String.join(", ", CATEGORIES) + ", got '" + value + "'");
        }
        return lower;
    }

    public static String currency(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CURRENCY.matcher(value.trim()).matches()) {
            throw ApiException.badParameter("currency", "currency must be an ISO 4217 code such as EUR, got '" + value + "'");
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }

    public static Long nonNegativeLong(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw ApiException.badParameter(param, param + " must not be negative, got " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(param, param + " must be a whole number, got '" + value + "'");
        }
    }

    public static Integer positiveInt(String param, String value) {
        Long parsed = nonNegativeLong(param, value);
        if (parsed == null) {
            return null;
        }
        if (parsed < 1 || parsed > Integer.MAX_VALUE) {
            throw ApiException.badParameter(param, param + " must be at least 1, got " + parsed);
        }
        return parsed.intValue();
    }

    public static int limit(String value, int defaultLimit) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("limit", "limit must be a whole number, got '" + value + "'");
        }
        if (parsed < 1 || parsed > MAX_LIMIT) {
            throw ApiException.badParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + parsed);
        }
        return (int) parsed;
    }

    /** A fact date bound: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; {@code from} takes the first day. */
    public static LocalDate dateFrom(String param, String value) {
        return date(param, value, true);
    }

    /** As {@link #dateFrom} but takes the last day of a year or month. */
    public static LocalDate dateTo(String param, String value) {
        return date(param, value, false);
    }

    private static LocalDate date(String param, String value, boolean first) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (YEAR.matcher(v).matches()) {
                int year = Integer.parseInt(v);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (YEAR_MONTH.matcher(v).matches()) {
                YearMonth month = YearMonth.parse(v);
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw ApiException.badParameter(param, param + " must be a date as yyyy, yyyy-MM or yyyy-MM-dd, got '" + value + "'");
        }
    }

    public static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /** A point in time for the event log: an ISO instant/offset date-time, or a date (start of day, UTC). */
    public static OffsetDateTime instant(String param, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v);
        } catch (DateTimeException e) {
            throw ApiException.badParameter(param, param
                    + " must be an ISO date-time such as 2026-01-31T12:00:00Z or a date such as 2026-01-31, got '" + value + "'");
        }
    }

    /** The minimum value filter needs a currency: amounts in different currencies are not comparable. */
    public static void checkValueFilter(Long minValue, String currency) {
        if (minValue != null && currency == null) {
            throw ApiException.badParameter("currency", "minValue needs a currency (e.g. currency=USD): amounts in "
                    + "different currencies are not comparable");
        }
    }
}
