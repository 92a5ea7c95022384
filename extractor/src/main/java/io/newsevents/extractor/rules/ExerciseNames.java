package io.newsevents.extractor.rules;

import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds names of exercises: known names from {@code /lexicon/exercises.txt} (with a year, number or Roman numeral
 * after them), "Exercise X" / "Operation X", quoted names next to an exercise word or after "known as", and a
 * capitalised word with a year right before an exercise word ("Zapad-2021 drills").
 */
public final class ExerciseNames {

    /**
     * An exercise name at tokens [tokStart, tokEnd); {@code year} from a four-digit suffix, {@code shortYear} the
     * number of a two-digit suffix ("Defender Europe 21", "AMAN-25": maybe a year, maybe an edition; -1 if none);
     * {@code known} when the name is a recurring joint exercise of the lexicon.
     */
    public record NameMention(int tokStart, int tokEnd, String name, int year, int shortYear, boolean known) {
        public NameMention(int tokStart, int tokEnd, String name, int year) {
            this(tokStart, tokEnd, name, year, -1, false);
        }
    }

    private static final Set<String> ROMAN = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
            "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx");
    /** Roman numerals up to 399 in lower case ("lxvi", "xxiv"); D and M are left out (they spell abbreviations). */
    private static final java.util.regex.Pattern ROMAN_NUMERAL =
            java.util.regex.Pattern.compile("c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");
    private static final Set<String> NAMING = Set.of("named", "dubbed", "codenamed", "code-named", "called", "titled",
            "as");
    /** Verbs right before a quoted name that make it the name of an exercise ("staged "Morgan 17""). */
    private static final Set<String> QUOTED_NAME_VERBS = Set.of("held", "staged", "conducted", "wrapped", "opened",
            "hosted", "concluded", "launched", "began", "completed", "kicked");
    /** Words before "in" and a quoted name with a number: "took part in", "flew together in", "participated in". */
    private static final Set<String> PART_IN_BEFORE = Set.of("part", "participated", "participating", "together",
            "jointly", "alongside");
    private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "and", "of", "in", "with", "between",
            "joint", "military", "this", "that", "these", "its", "their", "on", "at");

    /** Verbs right before an unquoted name with a number that make it an exercise ("hosted AMAN-25"). */
    private static final Set<String> HOLDING_VERBS = Set.of("hosted", "staged", "held", "concluded", "completed",
            "joined", "during");
    /** Words after a name with a number that make it a weapon, not an exercise ("held Hwasong-17 missiles"). */
    private static final Set<String> WEAPON_WORDS = Set.of("missile", "missiles", "rocket", "rockets", "jets", "jet",
            "aircraft", "fighters", "fighter", "tanks", "tank", "drones", "drone", "launchers", "test", "tests",
            "launch", "launches", "helicopters", "systems", "system");
    /** Naming words before an unquoted exercise name. */
    private static final Set<String> CODE_NAMING = Set.of("codenamed", "code-named", "dubbed", "codename");
    /** Words that make a sentence military, so that "hosted AMAN-25" names an exercise. */
    private static final Set<String> MILITARY = Set.of("troops", "navy", "naval", "navies", "warships", "warship",
            "frigate", "frigates", "corvette", "corvettes", "destroyer", "destroyers", "submarine", "marines",
            "servicemen", "contingents", "aircraft", "crews", "pilots", "personnel", "squadrons", "squadron", "army",
            "armies", "soldiers", "units");

    /** Marks after a short heading that open the sentence proper ("Exercise \u2013 X 2025 concluded ..."). */
    private static final Set<String> HEADING_MARKS = Set.of("-", "\u2013", "\u2014", ":");
    /** Verbs right before an unquoted name with a number that start it ("began Pacific Shield 24"). */
    private static final Set<String> STARTING_VERBS = Set.of("began", "started", "commenced");
    /** Verbs right after a sentence-opening name with a number that say the exercise began or ended. */
    private static final Set<String> START_END_AFTER_NAME = Set.of("began", "started", "commenced", "concluded",
            "ended", "wrapped", "kicked", "closed", "opened", "culminated", "got");
    /** Capitalised first words of a numbered thing that is not an exercise ("Phase 2 began", "Operation X"). */
    private static final Set<String> NOT_EXERCISE_NAME_HEAD = Set.of("phase", "stage", "round", "part", "day",
            "week", "operation", "article", "resolution", "section", "chapter", "season", "group", "flight",
            "unit", "brigade", "battalion", "division", "regiment", "corps", "task", "world", "cop", "euro", "expo");
    /** Forces taking part: one in the sentence makes an unmarked name with a number an exercise. */
    private static final Set<String> FORCE_WORDS = Set.of("troops", "soldiers", "sailors", "marines", "airmen",
            "paratroopers", "warships", "warship", "frigates", "destroyers", "submarines", "corvettes", "navies",
            "contingents", "servicemen", "battalions");

    private static boolean forces(Tokens tk, int from, int to) {
        for (int k = from; k < to; k++) {
            if (FORCE_WORDS.contains(tk.norm(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean military(Tokens tk, int from, int to) {
        for (int k = from; k < to; k++) {
            if (MILITARY.contains(tk.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that may open a name of several words ("Golden" in "Golden Dragon 2023"): not a demonym-like word
     * ("Russian", "Chinese", "British", "Saudi") nor a short acronym ("US", "NATO").
     */
    private static boolean leadingNameWord(Tokens tk, int i) {
        String w = tk.norm(i);
        if (tk.allCaps(i) && w.length() <= 4) {
            return false;
        }
        return !(w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i")
                || w.endsWith("ic") || w.endsWith("an") && w.length() <= 8 && !w.endsWith("ban"));
    }

    private final Map<String, List<String[]>> known = new HashMap<>();

    /** American and British spellings of words in names match each other ("Talisman Saber", "Talisman Sabre"). */
    private static final Map<String, String> VARIANTS = Map.of("saber", "sabre", "center", "centre", "defense",
            "defence", "harbor", "harbour", "maneuver", "manoeuvre", "maneuvers", "manoeuvres");

    private static String spelling(String w) {
        return VARIANTS.getOrDefault(w, w);
    }

    private ExerciseNames() {
    }

    public static ExerciseNames bundled() {
        ExerciseNames n = new ExerciseNames();
        InputStream in = ExerciseNames.class.getResourceAsStream("/lexicon/exercises.txt");
        if (in == null) {
            return n;
        }
        try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                Tokens tk = Tokenizer.tokenize(l);
                String[] seq = new String[tk.size()];
                for (int i = 0; i < tk.size(); i++) {
                    seq[i] = tk.norm(i);
                }
                n.known.computeIfAbsent(spelling(seq[0]), k -> new ArrayList<>()).add(seq);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    public List<NameMention> find(Tokens tk, int from, int to, boolean exerciseWordInSentence) {
        List<NameMention> out = null;
        for (int i = from; i < to; i++) {
            NameMention m = at(tk, i, from, to, exerciseWordInSentence);
            if (m != null) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(m);
                i = m.tokEnd() - 1;
            }
        }
        return out == null ? List.of() : out;
    }

    /** ", the (annual) peacekeeping exercise" at e: an apposition whose head, a few words on, is an exercise noun. */
    private static boolean appositiveExercise(Tokens tk, int e, int to) {
        if (e + 2 >= to || !",".equals(tk.norm(e)) || !"the".equals(tk.norm(e + 1))) {
            return false;
        }
        for (int k = e + 2; k < Math.min(to, e + 9); k++) {
            if (Lexicon.EXERCISE_NOUNS.contains(tk.norm(k))) {
                return !"of".equals(tk.norm(k + 1));
            }
            if (!tk.isWord(k) && !"-".equals(tk.norm(k))) {
                return false;
            }
        }
        return false;
    }

    private NameMention at(Tokens tk, int i, int from, int to, boolean exWord) {
        String n = tk.norm(i);
        // "a passing exercise (PASSEX)", "the bilateral exercise (SLINEX)": a naval short name in "-EX" in brackets
        // right after an exercise word
        if ("(".equals(n) && i - 1 >= from && i + 2 < to && ")".equals(tk.norm(i + 2))
                && Lexicon.EXERCISE_NOUNS.contains(tk.norm(i - 1)) && navalShortName(tk.surface(i + 1))) {
            return new NameMention(i + 1, i + 2, tk.surface(i + 1), -1);
        }
        // known names
        List<String[]> cands = known.get(spelling(n));
        if (cands != null && tk.capitalised(i)) {
            String[] best = null;
            for (String[] seq : cands) {
                if (i + seq.length <= to && (best == null || seq.length > best.length)) {
                    boolean ok = true;
                    for (int k = 0; k < seq.length && ok; k++) {
                        ok = spelling(seq[k]).equals(spelling(tk.norm(i + k)));
                    }
                    if (ok) {
                        best = seq;
                    }
                }
            }
            if (best != null) {
                int e = i + best.length;
                NameMention m = withSuffix(tk, i, i, e, to);
                return new NameMention(m.tokStart(), m.tokEnd(), m.name(), m.year(), m.shortYear(), true);
            }
        }
        // "Exercise X", "Operation X"
        if (("exercise".equals(n) && tk.capitalised(i + 1) && i + 1 < to) || ("operation".equals(n) && tk.capitalised(i)
                && exWord && tk.capitalised(i + 1) && i + 1 < to)) {
            int e = capitalisedRun(tk, i + 1, to, 3);
            if (e > i + 1 && "exercise".equals(n) && !tk.capitalised(i) && !suffixAt(tk, e, to)) {
                e = i + 1; // "the exercise Russia held": a name after lower-case "exercise" needs a number
            }
            if (e > i + 1) {
                int nameStart = "operation".equals(n) ? i : i + 1;
                return withSuffix(tk, i, nameStart, e, to);
            }
        }
        // quoted name near an exercise word or after "known as", "dubbed" ...; 'single quotes' too
        boolean single = "'".equals(n) && tk.spaceBefore(i) && !tk.spaceBefore(i + 1);
        if (("\"".equals(n) || single) && i + 1 < to && tk.capitalised(i + 1)) {
            int close = -1;
            for (int k = i + 1; k < Math.min(to, i + 7); k++) {
                if (n.equals(tk.norm(k))) {
                    close = k;
                    break;
                }
            }
            if (single && close > 0 && (tk.spaceBefore(close) || close + 1 < to && tk.isWord(close + 1)
                    && !tk.spaceBefore(close + 1))) {
                close = -1; // an apostrophe inside a word, not a closing quote
            }
            if (close > i + 1) {
                boolean near = false;
                for (int k = Math.max(from, i - 4); k < i; k++) {
                    if (NAMING.contains(tk.norm(k)) || Lexicon.EXERCISE_NOUNS.contains(tk.norm(k))) {
                        near = true;
                    }
                }
                for (int k = close + 1; k < Math.min(to, close + 3); k++) {
                    if (Lexicon.EXERCISE_NOUNS.contains(tk.norm(k))) {
                        near = true;
                    }
                }
                // right after an exercise verb: "held "Morgan 17"", "wrapped up "Eagles 2025"", when the name has a
                // number or the sentence an exercise word
                int before = i - 1 >= from && ("up".equals(tk.norm(i - 1)) || "off".equals(tk.norm(i - 1))) ? i - 2 : i - 1;
                // or after "in" closing a part taken or a joint activity: "took part in "X 2025"", "flew together in
                // "X 2025"" (a name with a number)
                boolean partIn = before - 1 >= from && "in".equals(tk.norm(before))
                        && PART_IN_BEFORE.contains(tk.norm(before - 1)) && tk.isNumber(close - 1);
                if (before >= from && (QUOTED_NAME_VERBS.contains(tk.norm(before)) || partIn)
                        && (exWord || tk.isNumber(close - 1))) {
                    near = true;
                    exWord = true;
                }
                if (near && exWord) {
                    int e = close;
                    // drop a trailing period inside the quotes
                    while (e > i + 1 && tk.isPunct(e - 1)) {
                        e--;
                    }
                    String last = tk.norm(e - 1);
                    int year = tk.isNumber(e - 1) && last.length() == 4 && last.chars().allMatch(Character::isDigit)
                            ? Integer.parseInt(last) : -1;
                    return new NameMention(i, close + 1, tk.cleanSpan(i + 1, e), year);
                }
            }
        }
        // "Zapad-2021 exercises", "the Golden Dragon 2023 exercise", "the Danube Shield 24 joint drills"
        if (tk.isWord(i) && tk.capitalised(i) && i + 1 < to && !NOT_NAME.contains(n)
                && !(i > from && tk.isWord(i - 1) && tk.capitalised(i - 1) && leadingNameWord(tk, i - 1))) {
            int r = capitalisedRun(tk, i, to, 3);
            int j = r;
            if (j < to && "-".equals(tk.norm(j)) && !tk.spaceBefore(j)) {
                j++;
            }
            boolean several = r - 1 > i;
            if ((!several || leadingNameWord(tk, i)) && j < to && tk.isNumber(j)
                    && tk.norm(j).chars().allMatch(Character::isDigit)) {
                int len = tk.norm(j).length();
                int k = j + 1;
                while (k < to && k < j + 4 && Lexicon.EXERCISE_MODIFIERS.contains(tk.norm(k))
                        && !Lexicon.EXERCISE_NOUNS.contains(tk.norm(k))) {
                    k++;
                }
                if ((len == 4 || len == 2 && several) && k < to && Lexicon.EXERCISE_NOUNS.contains(tk.norm(k))) {
                    return new NameMention(i, j + 1, tk.cleanSpan(i, j + 1), len == 4 ? Integer.parseInt(tk.norm(j)) : -1,
                            len == 2 ? Integer.parseInt(tk.norm(j)) : -1, false);
                }
            }
        }
        // "hosted AMAN-25 off Karachi", "completed Ataturk-XII, the twelfth edition of ...": a capitalised name with a
        // number or Roman numeral right after a verb that holds or joins an exercise, in a military sentence
        if (tk.isWord(i) && tk.capitalised(i) && i - 1 >= from && tk.norm(i).length() >= 3 && !NOT_NAME.contains(n)
                && (exWord || military(tk, from, to))) {
            String p1 = tk.norm(i - 1);
            String p2 = i - 2 >= from ? tk.norm(i - 2) : "";
            boolean afterVerb = HOLDING_VERBS.contains(p1) || ("up".equals(p1) || "off".equals(p1))
                    && ("wrapped".equals(p2) || "kicked".equals(p2))
                    || "in".equals(p1) && ("part".equals(p2) || "participated".equals(p2) || "participate".equals(p2));
            int r = afterVerb ? capitalisedRun(tk, i, to, 3) : i;
            if (r > i && suffixAt(tk, r, to)) {
                NameMention m = withSuffix(tk, i, i, r, to);
                if (m.tokEnd() > r && !WEAPON_WORDS.contains(tk.norm(m.tokEnd()))) {
                    return m;
                }
            }
        }
        // "Desert Key 2024, the counter-terrorism exercise run with A and B, went ahead in May": a capitalised name
        // with a year opening the sentence, in apposition to an exercise noun
        if (i == from && tk.isWord(i) && tk.capitalised(i) && tk.norm(i).length() >= 3 && !NOT_NAME.contains(n)
                && !NOT_EXERCISE_NAME_HEAD.contains(n)) {
            int r = capitalisedRun(tk, i, to, 3);
            if (r > i && suffixAt(tk, r, to)) {
                NameMention m = withSuffix(tk, i, i, r, to);
                if (m.tokEnd() > r && m.year() > 0 && appositiveExercise(tk, m.tokEnd(), to)) {
                    return m;
                }
            }
        }
        // "warships from A and B began Pacific Shield 24 east of Guam", "Northern Coast 2024 concluded in Finland on
        // Friday with Finnish and Swedish troops": a capitalised name with a number that begins or ends (the object of
        // "began", or the subject of a start or end verb opening the sentence) in a sentence naming forces
        if (tk.isWord(i) && tk.capitalised(i) && tk.norm(i).length() >= 3 && !NOT_NAME.contains(n)
                && !NOT_EXERCISE_NAME_HEAD.contains(n) && forces(tk, from, to)) {
            boolean afterStart = i - 1 >= from && STARTING_VERBS.contains(tk.norm(i - 1));
            int r = capitalisedRun(tk, i, to, 3);
            boolean opening = i == from || i - 1 == from + 1 && tk.spaceBefore(i - 1) && tk.spaceBefore(i)
                    && HEADING_MARKS.contains(tk.norm(i - 1)) || i - 1 > from && tk.spaceBefore(i - 1)
                    && HEADING_MARKS.contains(tk.norm(i - 1)) && !"-".equals(tk.norm(i - 1)) && i - 1 - from <= 3;
            if (r > i && suffixAt(tk, r, to) && (afterStart || opening)) {
                NameMention m = withSuffix(tk, i, i, r, to);
                int e = m.tokEnd();
                boolean ok = e > r && !WEAPON_WORDS.contains(tk.norm(e));
                if (ok && !afterStart) {
                    ok = e < to && START_END_AFTER_NAME.contains(tk.norm(e))
                            && (!"wrapped".equals(tk.norm(e)) && !"kicked".equals(tk.norm(e))
                            || "up".equals(tk.norm(e + 1)) || "off".equals(tk.norm(e + 1)));
                }
                if (ok) {
                    return m;
                }
            }
        }
        // "The most recent iteration, Al-Samsam VIII, ended ...", "the fifth edition, Druzhba-V,": a capitalised name
        // with a number or Roman numeral in apposition to an edition of a series
        if (tk.isWord(i) && tk.capitalised(i) && i - 2 >= from && ",".equals(tk.norm(i - 1))
                && EDITION_HEADS.contains(tk.norm(i - 2)) && !NOT_NAME.contains(n)) {
            int r = capitalisedRun(tk, i, to, 3);
            if (r > i && suffixAt(tk, r, to)) {
                NameMention m = withSuffix(tk, i, i, r, to);
                if (m.tokEnd() > r && m.tokEnd() < to && ",".equals(tk.norm(m.tokEnd()))) {
                    return m;
                }
            }
        }
        // "codenamed Sea Lion IV", "dubbed Steppe Eagle": an unquoted name after a naming word
        if (exWord && tk.isWord(i) && tk.capitalised(i) && i - 1 >= from && CODE_NAMING.contains(tk.norm(i - 1))) {
            int r = capitalisedRun(tk, i, to, 3);
            if (r > i) {
                return withSuffix(tk, i, i, r, to);
            }
        }
        return null;
    }

    /** "PASSEX", "SINKEX", "JIMEX": capitals ending in "EX", the navies' way of naming an exercise short. */
    private static boolean navalShortName(String w) {
        if (w.length() < 5 || !w.endsWith("EX")) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Heads of a phrase naming one edition of a series, before a name in apposition. */
    private static final Set<String> EDITION_HEADS = Set.of("edition", "iteration", "round", "instalment",
            "installment");

    /** Ordinal words that count the editions of a series ("their fifth X exercise"). */
    private static final Set<String> ORDINAL_WORDS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    /**
     * "their 25th", "the eighth", "its 3rd": an ordinal ending at j after "the", "their" or "its", which opens the
     * name of an edition of a series like "the" does ("held their 25th X exercise"); the tokenizer splits "25th" into
     * a number and a suffix word.
     */
    static boolean ordinalOpener(Tokens tk, int j) {
        String w = tk.norm(j);
        int d = j - 1;
        if (("st".equals(w) || "nd".equals(w) || "rd".equals(w) || "th".equals(w)) && tk.isNumber(j - 1)
                && !tk.spaceBefore(j)) {
            d = j - 2;
        } else if (!ORDINAL_WORDS.contains(w)) {
            return false;
        }
        String det = tk.norm(d);
        return "the".equals(det) || "their".equals(det) || "its".equals(det);
    }

    private static NameMention withSuffix(Tokens tk, int s, int nameStart, int e, int to) {
        int year = -1;
        int shortYear = -1;
        int j = e;
        if (j < to && "-".equals(tk.norm(j)) && !tk.spaceBefore(j)) {
            j++;
        }
        if (j < to && tk.isNumber(j) && tk.norm(j).chars().allMatch(Character::isDigit)) {
            String num = tk.norm(j);
            if (num.length() == 4) {
                year = Integer.parseInt(num);
                e = j + 1;
            } else if (num.length() <= 2) {
                e = j + 1;
                shortYear = num.length() == 2 ? Integer.parseInt(num) : -1;
                // "Cope North 25-1": an iteration number within the year
                if (e + 1 < to && "-".equals(tk.norm(e)) && !tk.spaceBefore(e) && !tk.spaceBefore(e + 1)
                        && tk.isNumber(e + 1) && tk.norm(e + 1).length() <= 2) {
                    e += 2;
                }
            }
        } else if (j < to && romanAt(tk, j)) {
            e = j + 1;
        }
        return new NameMention(s, e, tk.cleanSpan(nameStart, e), year, shortYear, false);
    }

    /**
     * The end of a run of up to {@code max} capitalised words from i, hyphenated ones joined ("Al-Samsam",
     * "Hand-in-Hand" counts as one); i itself when no run starts there.
     */
    private static int capitalisedRun(Tokens tk, int i, int to, int max) {
        int e = i;
        int words = 0;
        while (e < to && words < max && tk.isWord(e) && tk.capitalised(e) && !NOT_NAME.contains(tk.norm(e))
                && !(words > 0 && romanAt(tk, e))) {
            e++;
            words++;
            while (e + 1 < to && "-".equals(tk.norm(e)) && !tk.spaceBefore(e) && !tk.spaceBefore(e + 1)
                    && tk.isWord(e + 1) && !romanAt(tk, e + 1)
                    && (tk.capitalised(e + 1) || tk.isWord(e + 2) && "-".equals(tk.norm(e + 2)))) {
                e += 2;
            }
        }
        return e;
    }

    /** "IX", "LXIV", "V": a Roman numeral written in capitals (a lone "I" or "V" capitalised counts too). */
    private static boolean romanAt(Tokens tk, int j) {
        return tk.isWord(j) && (ROMAN.contains(tk.norm(j)) || ROMAN_NUMERAL.matcher(tk.norm(j)).matches())
                && tk.allCaps(j) || tk.isWord(j) && ROMAN.contains(tk.norm(j)) && tk.norm(j).length() == 1
                && Character.isUpperCase(tk.firstChar(j));
    }

    /** True when a name suffix (a year, a number up to two digits, a Roman numeral) starts at j (after a hyphen). */
    private static boolean suffixAt(Tokens tk, int j, int to) {
        if (j < to && "-".equals(tk.norm(j)) && !tk.spaceBefore(j)) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        String num = tk.norm(j);
        if (tk.isNumber(j) && num.chars().allMatch(Character::isDigit)) {
            return num.length() == 4 || num.length() == 2 || num.length() == 1;
        }
        return romanAt(tk, j);
    }
}
