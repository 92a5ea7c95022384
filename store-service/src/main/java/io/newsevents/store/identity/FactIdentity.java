package io.newsevents.store.identity;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.EventIds;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact part of a fact's identity: the group key. Claims with different group keys are never the same fact;
 * inside a group {@link Projector} clusters claims by the fuzzy part (year, value, items, date).
 * <ul>
 *   <li>DealSigned: the set of party keys ({@code D|KOR+POL}).</li>
 *   <li>ExerciseHeld with a name: the normalised name without its year ({@code E|n|kavkaz}); without a name: the
 *       set of participant keys ({@code E|p|ARM+RUS}).</li>
 *   <li>RecognitionWithheld: the ordered pair withholder, target ({@code R|CYP>northern cyprus}).</li>
 * </ul>
 * Actor keys are {@link Actor#key()}: the ISO code when there is one, so "Türkiye" and "Turkey" (both TUR) are
 * the same party.
 */
public final class FactIdentity {

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private FactIdentity() {
    }

    public static String groupKey(NewsEvent event) {
        if (event instanceof DealSigned) {
            return "D|" + EventIds.actorSetKey(((DealSigned) event).parties());
        }
        if (event instanceof ExerciseHeld) {
            ExerciseHeld exercise = (ExerciseHeld) event;
            String name = normaliseName(exercise.name());
            return name.isEmpty() ? "E|p|" + EventIds.actorSetKey(exercise.participants()) : "E|n|" + name;
        }
        RecognitionWithheld recognition = (RecognitionWithheld) event;
        return "R|" + recognition.withholder().key() + ">" + recognition.target().key();
    }

    /**
     * Lower case, without diacritics, punctuation, spaces or a year: "Kavkaz-2020", "KAVKAZ 2020" and "Kavkaz"
     * all give {@code kavkaz} (the year is compared separately, see {@link #year(NewsEvent)}).
     */
    public static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        String withoutYear = YEAR_IN_NAME.matcher(name).replaceAll(" ");
        String decomposed = Normalizer.normalize(withoutYear, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The year the event is dated in; for an exercise whose date is unknown, the year in its name if any. */
    public static Integer year(NewsEvent event) {
        Integer year = yearOf(event.date());
        if (year == null && event instanceof ExerciseHeld && ((ExerciseHeld) event).name() != null) {
            Matcher m = YEAR_IN_NAME.matcher(((ExerciseHeld) event).name());
            if (m.find()) {
                year = Integer.valueOf(m.group());
            }
        }
        return year;
    }

    public static Integer yearOf(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = DATE.matcher(date.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** How precise a date is: 0 none or invalid, 1 year, 2 month, 3 day. */
    public static int precision(String date) {
        if (dateRange(date) == null) {
            return 0;
        }
        Matcher m = DATE.matcher(date.strip());
        m.matches();
        return m.group(3) != null ? 3 : m.group(2) != null ? 2 : 1;
    }

    /** Whether two dates can describe the same day: one is a prefix of the other ("2021" and "2021-09-14"). */
    public static boolean datesCompatible(String a, String b) {
        if (precision(a) == 0 || precision(b) == 0) {
            return true;
        }
        String x = a.strip();
        String y = b.strip();
        return x.startsWith(y) || y.startsWith(x);
    }

    /** First and last day a date covers, or null when it is absent or not a valid yyyy[-MM[-dd]] date. */
    public static LocalDate[] dateRange(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = DATE.matcher(date.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Items compare case- and punctuation-insensitively ("F-16" and "f16"). */
    public static String normaliseItem(String item) {
        String folded = Normalizer.normalize(item, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String compact = folded.replaceAll("[^\\p{L}\\p{N}]", "");
        return compact.isEmpty() ? folded.strip() : compact;
    }
}
