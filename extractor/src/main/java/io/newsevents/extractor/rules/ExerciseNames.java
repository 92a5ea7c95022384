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

    /** An exercise name at tokens [tokStart, tokEnd). */
    public record NameMention(int tokStart, int tokEnd, String name, int year) {
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
    private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "and", "of", "in", "with", "between",
            "joint", "military", "this", "that", "these", "its", "their", "on", "at");

    private final Map<String, List<String[]>> known = new HashMap<>();

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
                n.known.computeIfAbsent(seq[0], k -> new ArrayList<>()).add(seq);
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

    private NameMention at(Tokens tk, int i, int from, int to, boolean exWord) {
        String n = tk.norm(i);
        // known names
        List<String[]> cands = known.get(n);
        if (cands != null && tk.capitalised(i)) {
            String[] best = null;
            for (String[] seq : cands) {
                if (i + seq.length <= to && (best == null || seq.length > best.length)) {
                    boolean ok = true;
                    for (int k = 0; k < seq.length && ok; k++) {
                        ok = seq[k].equals(tk.norm(i + k));
                    }
                    if (ok) {
                        best = seq;
                    }
                }
            }
            if (best != null) {
                int e = i + best.length;
                return withSuffix(tk, i, i, e, to);
            }
        }
        // "Exercise X", "Operation X"
        if (("exercise".equals(n) && tk.capitalised(i + 1) && i + 1 < to) || ("operation".equals(n) && tk.capitalised(i)
                && exWord && tk.capitalised(i + 1) && i + 1 < to)) {
            int e = i + 1;
            while (e < to && e < i + 4 && tk.isWord(e) && tk.capitalised(e) && !NOT_NAME.contains(tk.norm(e))) {
                e++;
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
                if (before >= from && QUOTED_NAME_VERBS.contains(tk.norm(before))
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
        // "Zapad-2021 exercises", "Vostok 2022 drills"
        if (tk.isWord(i) && tk.capitalised(i) && i + 1 < to) {
            int j = i + 1;
            if ("-".equals(tk.norm(j))) {
                j++;
            }
            if (j < to && tk.isNumber(j) && tk.norm(j).length() == 4 && j + 1 < to
                    && Lexicon.EXERCISE_NOUNS.contains(tk.norm(j + 1)) && !NOT_NAME.contains(n)) {
                return new NameMention(i, j + 1, tk.cleanSpan(i, j + 1), Integer.parseInt(tk.norm(j)));
            }
        }
        return null;
    }

    private static NameMention withSuffix(Tokens tk, int s, int nameStart, int e, int to) {
        int year = -1;
        int j = e;
        if (j < to && "-".equals(tk.norm(j)) && !tk.spaceBefore(j)) {
            j++;
        }
        if (j < to && tk.isNumber(j)) {
            String num = tk.norm(j);
            if (num.length() == 4) {
                year = Integer.parseInt(num);
                e = j + 1;
            } else if (num.length() <= 2) {
                e = j + 1;
                // "Cope North 25-1": an iteration number within the year
                if (e + 1 < to && "-".equals(tk.norm(e)) && !tk.spaceBefore(e) && !tk.spaceBefore(e + 1)
                        && tk.isNumber(e + 1) && tk.norm(e + 1).length() <= 2) {
                    e += 2;
                }
            }
        } else if (j < to && tk.isWord(j) && (ROMAN.contains(tk.norm(j)) || ROMAN_NUMERAL.matcher(tk.norm(j)).matches())
                && tk.allCaps(j) || j < to && tk.isWord(j)
                && ROMAN.contains(tk.norm(j)) && tk.norm(j).length() == 1 && Character.isUpperCase(tk.firstChar(j))) {
            e = j + 1;
        }
        return new NameMention(s, e, tk.cleanSpan(nameStart, e), year);
    }
}
