package io.newsevents.extractor.rules;

import io.newsevents.extractor.dates.DateParser.DateMention;

/** What rules of every kind fill the same way: the date nearest the trigger, and the confidence. */
final class CandidateFields {

    /** Words at a clause end that start another clause with a subject and verb of its own. */
    private static final java.util.Set<String> NEW_CLAUSE = java.util.Set.of("and", "but", "while", "whereas", ";");

    /**
     * Nouns of another kind of event that a year before them dates ("the 2018 killing of", "the 2020 war", "after
     * the 1998 nuclear tests"): that year is the other event's, never the date of a signing or a drill.
     */
    private static final java.util.Set<String> OTHER_EVENTS = java.util.Set.of("killing", "killings", "murder",
            "assassination", "war", "invasion", "coup", "attack", "attacks", "earthquake", "floods", "crisis",
            "election", "elections", "uprising", "revolution", "protests", "clashes", "conflict", "tests", "test",
            "bombing", "bombings", "massacre", "annexation", "occupation", "withdrawal", "takeover", "hijacking",
            "fighting", "hostilities");

    private CandidateFields() {
    }

    /** The date mention (not a range) nearest the trigger at {@code t}, preferring those in the clause [cs, ce). */
    static DateMention pickDate(SentenceView v, int t, int cs, int ce) {
        DateMention best = null;
        int bestD = Integer.MAX_VALUE;
        // ", and Trump said he would lift a 1992 ban": a clause of its own after the trigger has dates of its own
        boolean ownClauseAfter = ce < v.b && (NEW_CLAUSE.contains(v.w(ce)) || NEW_CLAUSE.contains(v.w(ce + 1)));
        for (DateMention d : v.dates) {
            if (d.range() || ownClauseAfter && d.tokStart() >= ce || otherEventYear(v, d)) {
                continue;
            }
            boolean inClause = d.tokStart() >= cs && d.tokEnd() <= ce;
            int dist = Math.min(Math.abs(d.tokStart() - t), Math.abs(d.tokEnd() - 1 - t)) + (inClause ? 0 : 30);
            String before = v.w(d.tokStart() - 1);
            if ("for".equals(before) || "until".equals(before) || "till".equals(before) || "through".equals(before)) {
                dist += 100; // "a plan for 2025", "a lease until 2042": the period covered, not the date of the fact
            }
            if (dist < bestD) {
                best = d;
                bestD = dist;
            }
        }
        return best == null ? null : endedYear(v, best, t);
    }

    /**
     * "The 2022 fighting ended after the two sides agreed a ceasefire on Sept. 16": a day without a year in a
     * sentence about the end of an event of a named year belongs to that year, not to the last September.
     */
    private static DateMention endedYear(SentenceView v, DateMention d, int t) {
        if (d.value() == null || d.value().length() < 7 || d.tokStart() < t) {
            return d;
        }
        for (int i = d.tokStart(); i < d.tokEnd(); i++) {
            if (v.tk.isNumber(i) && v.w(i).length() == 4) {
                return d; // the day names its own year
            }
        }
        for (int i = v.a; i + 2 < t && i < v.a + 4; i++) {
            String y = v.w(i);
            if (v.tk.isNumber(i) && y.length() == 4 && "the".equals(v.w(i - 1)) && OTHER_EVENTS.contains(v.w(i + 1))
                    && ("ended".equals(v.w(i + 2)) || "ended".equals(v.w(i + 3)))) {
                return new DateMention(d.tokStart(), d.tokEnd(), y + d.value().substring(4), d.range(), false);
            }
        }
        return d;
    }

    /** "the 2018 killing of", "the 2020 Karabakh war": a bare year before the noun of another kind of event. */
    private static boolean otherEventYear(SentenceView v, DateMention d) {
        if (d.tokEnd() - d.tokStart() != 1 || !v.tk.isNumber(d.tokStart())) {
            return false;
        }
        String det = v.w(d.tokStart() - 1);
        if (!"the".equals(det) && !"a".equals(det) && !"its".equals(det) && !"their".equals(det)) {
            return false;
        }
        for (int i = d.tokEnd(); i < Math.min(v.b, d.tokEnd() + 3); i++) {
            if (OTHER_EVENTS.contains(v.w(i))) {
                return true;
            }
            if (Lexicon.DEAL_NOUNS.contains(v.w(i))) {
                return false; // "the 2019 defence agreement"
            }
            if (!v.tk.isWord(i) || "-".equals(v.w(i))) {
                return false;
            }
        }
        return false;
    }

    /** A base confidence raised by a value and a date, lowered by actors from context and by hedges. */
    static double confidence(double base, boolean value, boolean date, boolean context, boolean hedge) {
        double c = base + (value ? 0.06 : 0) + (date ? 0.05 : 0) - (context ? 0.15 : 0) - (hedge ? 0.08 : 0);
        return Math.round(Math.max(0.05, Math.min(0.98, c)) * 100) / 100.0;
    }
}
