package io.newsevents.extractor.rules;

import io.newsevents.extractor.dates.DateParser;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date and the name an exercise found by {@link ExerciseRules} gets: the date the sentence gives, a range's
 * first day, the year a name carries ("Cobra Gold 2023", "AMAN-25"), whether that date lies ahead, and the name
 * nearest the trigger.
 */
final class ExerciseDates {

    private ExerciseDates() {
    }

    /**
     * The date of an exercise: the date the sentence gives (the first day of "from 11 to 20 September"); with a name
     * that carries a year ("Cobra Gold 2023"), that year unless the sentence gives a finer date of the same year.
     */
    static String exerciseDate(SentenceView v, NameMention nm, DateMention dm) {
        String d = dm == null ? null : sharedYear(v, dm, firstDayOfRange(v, dm));
        if (nm == null) {
            return d;
        }
        int year = nm.year() > 0 ? nm.year() : shortYear(v, nm);
        if (year <= 0) {
            return d;
        }
        if (d != null && d.length() > 4 && DateParser.yearOf(d) == year) {
            return d;
        }
        if (d != null && nm.year() <= 0) {
            return d; // the sentence's own year over a two-digit suffix that may be an edition
        }
        if (d == null && dm != null && !dm.future()) {
            // "Komodo 2023 off Makassar in June", "began Dharma Guardian-2024 on February 26" with no publication
            // date: the month (and day) in the name's year
            int month = 0;
            int day = 0;
            for (int i = dm.tokStart(); i < dm.tokEnd(); i++) {
                String w = v.tk.norm(i);
                try {
                    month = java.time.Month.valueOf(w.toUpperCase(Locale.ROOT)).getValue();
                } catch (IllegalArgumentException e) {
                    if (w.length() <= 2 && !w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
                        day = Integer.parseInt(w);
                    }
                }
            }
            if (month > 0) {
                return day > 0 && day <= 31 ? String.format("%04d-%02d-%02d", year, month, day)
                        : String.format("%04d-%02d", year, month);
            }
        }
        return String.valueOf(year);
    }

    /**
     * "Defender Europe 21", "AMAN-25", "RIMPAC 24": a two-digit suffix from 15 to 39 read as the year 20xx, unless the
     * sentence gives it as an ordinal ("the 16th edition, Dosti-16"); -1 otherwise.
     */
    private static int shortYear(SentenceView v, NameMention nm) {
        int n = nm.shortYear();
        if (n < 15 || n > 39) {
            return -1;
        }
        for (int i = v.a; i < v.b; i++) {
            String w = v.tk.norm(i);
            if (w.startsWith(String.valueOf(n)) && (w.endsWith("th") || w.endsWith("st") || w.endsWith("nd")
                    || w.endsWith("rd")) && w.length() == 4) {
                return -1;
            }
            if (String.valueOf(n).equals(w) && i + 1 < v.b && ("th".equals(v.tk.norm(i + 1))
                    || "st".equals(v.tk.norm(i + 1)) || "nd".equals(v.tk.norm(i + 1)) || "rd".equals(v.tk.norm(i + 1)))) {
                return -1;
            }
        }
        return 2000 + n;
    }

    /** The date nearest the trigger (see {@link CandidateFields#pickDate}), leaving out the year inside a name. */
    static DateMention pickDate(SentenceView v, int t, int cs, int ce) {
        List<DateMention> outside = null;
        for (DateMention d : v.dates) {
            if (insideName(v, d)) {
                if (outside == null) {
                    outside = new ArrayList<>(v.dates);
                }
                outside.remove(d);
            }
        }
        if (outside == null) {
            return CandidateFields.pickDate(v, t, cs, ce);
        }
        SentenceView w = new SentenceView(v.tk, v.sentence, v.index, v.acts, v.money, outside, v.names);
        return CandidateFields.pickDate(w, t, cs, ce);
    }

    /** The date nearest the trigger, a name's year included ("Zapad 2025" read in 2024), is in the future. */
    static boolean futureDate(SentenceView v, int t, int cs, int ce) {
        DateMention dm = CandidateFields.pickDate(v, t, cs, ce);
        return dm != null && dm.future();
    }

    private static boolean insideName(SentenceView v, DateMention d) {
        for (NameMention nm : v.names) {
            if (d.tokStart() >= nm.tokStart() && d.tokEnd() <= nm.tokEnd()) {
                return true;
            }
        }
        return false;
    }

    /** "from 4 to 9 June", "11-20 September": the day a range of days starts on; else the mention's own value. */
    /**
     * "in May and June 2022", "from late May to June 2021": a month without a year before a date with one takes that
     * year (not the publication's).
     */
    private static String sharedYear(SentenceView v, DateMention dm, String d) {
        if (d == null || d.length() < 7) {
            return d;
        }
        for (int i = dm.tokStart(); i < dm.tokEnd(); i++) {
            if (v.tk.isNumber(i) && v.tk.norm(i).length() == 4) {
                return d;
            }
        }
        String sep = v.tk.norm(dm.tokEnd());
        if (!("and".equals(sep) || "to".equals(sep) || "until".equals(sep) || "through".equals(sep)
                || "-".equals(sep) || "or".equals(sep))) {
            return d;
        }
        for (DateMention next : v.dates) {
            if (next.tokStart() != dm.tokEnd() + 1 || next.value() == null) {
                continue;
            }
            for (int i = next.tokStart(); i < next.tokEnd(); i++) {
                if (v.tk.isNumber(i) && v.tk.norm(i).length() == 4) {
                    return next.value().substring(0, 4) + d.substring(4);
                }
            }
        }
        return d;
    }

    private static String firstDayOfRange(SentenceView v, DateMention dm) {
        String d = dm.value();
        int s = dm.tokStart();
        if (d == null || d.length() != 10 || s - 2 < v.a || !v.tk.isNumber(s) || !v.tk.isNumber(s - 2)) {
            return d;
        }
        String sep = v.tk.norm(s - 1);
        String first = v.tk.norm(s - 2);
        if (!("to".equals(sep) || "-".equals(sep) || "until".equals(sep) || "and".equals(sep)) || first.length() > 2
                || !first.chars().allMatch(Character::isDigit)) {
            return d;
        }
        int day = Integer.parseInt(first);
        if (day < 1 || day >= Integer.parseInt(d.substring(8))) {
            return d;
        }
        return d.substring(0, 8) + String.format("%02d", day);
    }

    /** The exercise name nearest token t; a name outside the clause [cs, ce) counts as 25 tokens farther. */
    static NameMention nearestName(SentenceView v, int t, int cs, int ce) {
        NameMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (NameMention n : v.names) {
            boolean in = n.tokStart() >= cs && n.tokEnd() <= ce;
            int d = Math.abs(n.tokStart() - t) + (in ? 0 : 25);
            if (d < bestD) {
                best = n;
                bestD = d;
            }
        }
        return best;
    }
}
