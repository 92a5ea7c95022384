package io.newsevents.extractor.dates;

import io.newsevents.extractor.text.Tokens;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates over tokens: absolute ("13 April 2025", "September 27, 2020", "September 2021", "in 2016") and relative
 * to the article's publication date ("last year", "earlier this year", "on Friday", "in February"). Relative dates
 * without a publication date resolve to null: a date is never invented.
 */
public final class DateParser {

    /**
     * A date expression at tokens [tokStart, tokEnd).
     *
     * @param value  yyyy, yyyy-MM or yyyy-MM-dd, or null when it cannot be resolved
     * @param range  a span of years ("2018-2019", "2011–2020"), not a point in time
     * @param future a time after publication ("next year", "later this month")
     */
    public record DateMention(int tokStart, int tokEnd, String value, boolean range, boolean future) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> DAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> YEAR_PREP = Set.of("in", "since", "by", "during", "until", "till", "from", "of",
            "year", "early", "late", "mid", "(", "|", "around", "circa", "before", "after", "throughout", "spring",
            "summer", "autumn", "fall", "winter", "through", "as");
    private static final Set<String> MONTH_PREP = Set.of("in", "since", "by", "during", "until", "till", "from", "of",
            "early", "late", "mid", "last", "this", "on", "before", "after", "through", "throughout", "next", "-");

    private DateParser() {
    }

    private static boolean isMonth(Tokens tk, int i) {
        if (!tk.isWord(i)) {
            return false;
        }
        String n = tk.norm(i);
        Integer m = MONTHS.get(n);
        if (m == null) {
            return false;
        }
        if (!tk.capitalised(i)) {
            return false;
        }
        if ("may".equals(n) || "mar".equals(n) || "jun".equals(n) || "jan".equals(n) || "dec".equals(n)) {
            // "May" the modal: need a number or a date preposition next to it
            return tk.isNumber(i + 1) || (i > 0 && MONTH_PREP.contains(tk.norm(i - 1))) || (i > 0 && day(tk, i - 1) > 0)
                    || (".".equals(tk.norm(i + 1)) && tk.isNumber(i + 2) && !"may".equals(n));
        }
        return true;
    }

    private static int day(Tokens tk, int i) {
        if (!tk.isNumber(i)) {
            return -1;
        }
        String n = tk.norm(i);
        if (n.length() > 2 || !allDigits(n)) {
            return -1;
        }
        int d = Integer.parseInt(n);
        return d >= 1 && d <= 31 ? d : -1;
    }

    private static int year(Tokens tk, int i) {
        if (!tk.isNumber(i)) {
            return -1;
        }
        String n = tk.norm(i);
        if (n.length() != 4 || !allDigits(n)) {
            return -1;
        }
        int y = Integer.parseInt(n);
        if (y < 1700 || y > 2100) {
            return -1;
        }
        // "1990s"
        if (tk.isWord(i + 1) && !tk.spaceBefore(i + 1)) {
            return -1;
        }
        return y;
    }

    public static List<DateMention> find(Tokens tk, int from, int to, LocalDate published) {
        List<DateMention> out = null;
        for (int i = from; i < to; i++) {
            DateMention m = at(tk, i, from, to, published);
            if (m != null) {
                if (out == null) {
                    out = new ArrayList<>(3);
                }
                out.add(m);
                i = m.tokEnd() - 1;
            }
        }
        return out == null ? List.of() : out;
    }

    private static DateMention at(Tokens tk, int i, int from, int to, LocalDate pub) {
        String n = tk.norm(i);
        // DAY MONTH [,] [YEAR]
        int d = day(tk, i);
        int ord = d > 0 && ordinal(tk, i + 1) ? 1 : 0;
        if (ord == 1 && "of".equals(tk.norm(i + 2))) {
            ord = 2; // "3rd of March"
        }
        if (d > 0 && i + 1 + ord < to && isMonth(tk, i + 1 + ord)) {
            int m = MONTHS.get(tk.norm(i + 1 + ord));
            int j = i + 2 + ord;
            if (j < to && ".".equals(tk.norm(j))) {
                j++;
            }
            int k = j < to && ",".equals(tk.norm(j)) ? j + 1 : j;
            int y = k < to ? year(tk, k) : -1;
            if (y > 0) {
                return new DateMention(i, k + 1, ymd(y, m, d), false, false);
            }
            return relativeMonthDay(i, j, m, d, pub);
        }
        if (isMonth(tk, i)) {
            int m = MONTHS.get(n);
            int j = i + 1;
            if (j < to && ".".equals(tk.norm(j))) {
                j++;
            }
            int dd = j < to ? day(tk, j) : -1;
            boolean ordinal = dd > 0 && ordinal(tk, j + 1);
            if (dd > 0 && (ordinal || !(j + 1 < to && tk.isWord(j + 1) && !tk.spaceBefore(j + 1)))) {
                int k = ordinal ? j + 2 : j + 1;
                int k2 = k < to && ",".equals(tk.norm(k)) ? k + 1 : k;
                int y = k2 < to ? year(tk, k2) : -1;
                if (y > 0) {
                    return new DateMention(i, k2 + 1, ymd(y, m, dd), false, false);
                }
                return relativeMonthDay(i, k, m, dd, pub);
            }
            int k = j < to && (",".equals(tk.norm(j)) || "of".equals(tk.norm(j))) ? j + 1 : j;
            int y = k < to ? year(tk, k) : -1;
            if (y > 0) {
                return new DateMention(i, k + 1, String.format("%04d-%02d", y, m), false, false);
            }
            // month alone: "in February", "last September"; a month with a relative year: "in July last year"
            String prev = i > from ? tk.norm(i - 1) : "";
            int ry = j < to && "of".equals(tk.norm(j)) ? j + 1 : j;
            if (ry + 1 < to && "year".equals(tk.norm(ry + 1)) && ("last".equals(tk.norm(ry)) || "this".equals(tk.norm(ry))
                    || "next".equals(tk.norm(ry)))) {
                if ("next".equals(tk.norm(ry)) || pub == null) {
                    return new DateMention(i, ry + 2, null, false, "next".equals(tk.norm(ry)));
                }
                int yy = "last".equals(tk.norm(ry)) ? pub.getYear() - 1 : pub.getYear();
                return new DateMention(i, ry + 2, String.format("%04d-%02d", yy, m), false, false);
            }
            if (MONTH_PREP.contains(prev) || ",".equals(prev)) {
                boolean next = "next".equals(prev);
                if (pub == null || next) {
                    return new DateMention(i, i + 1, null, false, next);
                }
                int yy = m <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                if ("last".equals(prev) && m >= pub.getMonthValue()) {
                    yy = pub.getYear() - 1;
                }
                return new DateMention(i, i + 1, String.format("%04d-%02d", yy, m), false, false);
            }
            return null;
        }
        int y = year(tk, i);
        if (y > 0) {
            String prev = i > from ? tk.norm(i - 1) : "";
            // ranges: 2018-2019, 2011–2020, 2010 to 2014
            if (i + 2 < to && ("-".equals(tk.norm(i + 1)) || "to".equals(tk.norm(i + 1)) || "and".equals(tk.norm(i + 1)) && "between".equals(prev))
                    && year(tk, i + 2) > 0) {
                return new DateMention(i, i + 3, null, true, false);
            }
            if ("-".equals(prev) && Set.of("mid", "early", "late").contains(tk.norm(i - 2))) {
                return new DateMention(i - 2, i + 1, String.format("%04d", y), false, pub != null && y > pub.getYear());
            }
            if ("$".equals(prev) || "-".equals(prev) && tk.isWord(i - 2)) {
                return null;
            }
            if (i + 1 < to && tk.isWord(i + 1) && !tk.capitalised(i + 1)) {
                String nx = tk.norm(i + 1);
                boolean timePrep = "in".equals(prev) || "since".equals(prev) || "during".equals(prev);
                if (nx.length() > 3 && nx.endsWith("s") && !nx.equals("was") && !nx.equals("has") && !nx.equals("saw")
                        && !timePrep) { // "concluded in 2010 remains in force" is a year
                    return null; // "2000 troops"
                }
            }
            if (!YEAR_PREP.contains(prev) && i > from && tk.isNumber(i - 1)) {
                return null;
            }
            return new DateMention(i, i + 1, String.format("%04d", y), false, pub != null && y > pub.getYear());
        }
        // relative expressions
        if ("year".equals(n) || "month".equals(n) || "week".equals(n)) {
            String prev = i > from ? tk.norm(i - 1) : "";
            int s = i - 1;
            if ("last".equals(prev) || "past".equals(prev) || "previous".equals(prev)) {
                if ("year".equals(n)) {
                    return new DateMention(s, i + 1, pub == null ? null : String.format("%04d", pub.getYear() - 1), false, false);
                }
                if ("month".equals(n)) {
                    return new DateMention(s, i + 1, pub == null ? null : YearMonth.from(pub).minusMonths(1).toString(), false, false);
                }
                LocalDate w = pub == null ? null : pub.minusDays(7);
                return new DateMention(s, i + 1, w == null ? null : YearMonth.from(w).toString(), false, false);
            }
            if ("this".equals(prev)) {
                String before = s - 1 >= from ? tk.norm(s - 1) : "";
                boolean later = "later".equals(before);
                int st = "earlier".equals(before) || later ? s - 1 : s;
                if (pub == null) {
                    return new DateMention(st, i + 1, null, false, later);
                }
                String v = "year".equals(n) ? String.format("%04d", pub.getYear())
                        : "month".equals(n) ? YearMonth.from(pub).toString() : YearMonth.from(pub).toString();
                return new DateMention(st, i + 1, v, false, later);
            }
            if ("next".equals(prev) || "coming".equals(prev)) {
                return new DateMention(s, i + 1, null, false, true);
            }
            return null;
        }
        if ("yesterday".equals(n) || "today".equals(n)) {
            if (pub == null) {
                return new DateMention(i, i + 1, null, false, false);
            }
            LocalDate dt = "yesterday".equals(n) ? pub.minusDays(1) : pub;
            return new DateMention(i, i + 1, dt.toString(), false, false);
        }
        if ("tomorrow".equals(n)) {
            return new DateMention(i, i + 1, null, false, true);
        }
        DayOfWeek dow = DAYS.get(n);
        if (dow != null && tk.capitalised(i)) {
            String prev = i > from ? tk.norm(i - 1) : "";
            if ("next".equals(prev) || "coming".equals(prev)) {
                return new DateMention(i - 1, i + 1, null, false, true);
            }
            if ("on".equals(prev) || "last".equals(prev) || "since".equals(prev)) {
                if (pub == null) {
                    return new DateMention(i - 1, i + 1, null, false, false);
                }
                LocalDate dt = pub;
                if ("last".equals(prev)) {
                    dt = dt.minusDays(1);
                }
                while (dt.getDayOfWeek() != dow) {
                    dt = dt.minusDays(1);
                }
                return new DateMention(i - 1, i + 1, dt.toString(), false, false);
            }
        }
        if ("ago".equals(n) && i - 2 >= from) {
            String unit = tk.norm(i - 1);
            String q = tk.norm(i - 2);
            int k = "a".equals(q) || "one".equals(q) ? 1 : "two".equals(q) ? 2 : "three".equals(q) ? 3
                    : tk.isNumber(i - 2) && q.length() <= 2 && allDigits(q) ? Integer.parseInt(q) : -1;
            if (k > 0 && (unit.startsWith("year"))) {
                return new DateMention(i - 2, i + 1, pub == null ? null : String.format("%04d", pub.getYear() - k), false, false);
            }
        }
        return null;
    }

    private static boolean ordinal(Tokens tk, int i) {
        if (!tk.isWord(i) || tk.spaceBefore(i)) {
            return false;
        }
        String n = tk.norm(i);
        return n.equals("st") || n.equals("nd") || n.equals("rd") || n.equals("th");
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static DateMention relativeMonthDay(int s, int e, int m, int d, LocalDate pub) {
        if (pub == null) {
            return new DateMention(s, e, null, false, false);
        }
        int y = m < pub.getMonthValue() || (m == pub.getMonthValue() && d <= pub.getDayOfMonth())
                ? pub.getYear() : pub.getYear() - 1;
        return new DateMention(s, e, ymd(y, m, d), false, false);
    }

    private static String ymd(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return String.format("%04d-%02d", y, m);
        }
    }

    /** The year of a date value, or -1. */
    public static int yearOf(String value) {
        if (value == null || value.length() < 4) {
            return -1;
        }
        try {
            return Integer.parseInt(value.substring(0, 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
