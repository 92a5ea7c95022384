package io.newsevents.extractor.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into sentences with exact offsets, without a model.
 *
 * <p>First the text is cut into blocks by lines: blank lines, table rows (two or more {@code |}), table
 * separator rows, bullet items and, in texts that are not hard-wrapped, every line. A text is hard-wrapped
 * (PDF or e-mail style) when almost all its prose lines are short; then a line break inside a paragraph is a
 * space, except after a short line (a heading or a paragraph end). Blocks are then split at {@code . ! ?}
 * followed by an upper-case letter, digit or quote, unless the period ends a known abbreviation or an initial.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREV = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj",
            "capt", "sgt", "adm", "gov", "sen", "rep", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd",
            "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "fig", "vol", "pp", "rs", "mt", "ft", "cf", "al", "brig", "cmdr", "cdr", "hon", "rev",
            "op", "art", "para", "sec", "dept", "govt", "min", "max", "ref", "ed", "eds", "viz", "ca", "mln", "bln");

    private static final Set<String> STARTERS = Set.of("the", "in", "on", "at", "it", "its", "this", "that", "these",
            "those", "they", "he", "she", "we", "a", "an", "but", "and", "however", "meanwhile", "both", "after",
            "before", "since", "as", "while", "although", "when", "there", "such", "for", "last", "earlier", "yet",
            "moreover", "furthermore", "according", "officials", "his", "her", "their", "our", "some", "many");

    private SentenceSplitter() {
    }

    private enum LineKind { BLANK, SEPARATOR, ROW, BULLET, TEXT }

    public static List<Sentence> split(Tokens tokens) {
        String text = tokens.text();
        int n = text.length();
        // 1. lines
        List<int[]> lines = new ArrayList<>();
        int ls = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                lines.add(new int[]{ls, i});
                ls = i + 1;
            }
        }
        int nl = lines.size();
        LineKind[] kinds = new LineKind[nl];
        int[] ts = new int[nl];
        int[] te = new int[nl];
        int[] lens = new int[nl];
        int textLines = 0;
        for (int li = 0; li < nl; li++) {
            int a = lines.get(li)[0];
            int b = lines.get(li)[1];
            while (a < b && Tokenizer.isSpace(text.charAt(a))) {
                a++;
            }
            while (b > a && Tokenizer.isSpace(text.charAt(b - 1))) {
                b--;
            }
            ts[li] = a;
            te[li] = b;
            lens[li] = b - a;
            kinds[li] = classify(text, a, b);
            if (kinds[li] == LineKind.TEXT) {
                textLines++;
            }
        }
        boolean wrapped = false;
        int p90 = 0;
        if (textLines >= 6) {
            int[] l = new int[textLines];
            int k = 0;
            for (int li = 0; li < nl; li++) {
                if (kinds[li] == LineKind.TEXT) {
                    l[k++] = lens[li];
                }
            }
            Arrays.sort(l);
            p90 = l[(int) Math.floor(0.9 * (l.length - 1))];
            int longer = 0;
            int noEnd = 0;
            int considered = 0;
            for (int li = 0; li < nl; li++) {
                if (kinds[li] == LineKind.TEXT && lens[li] >= 30) {
                    considered++;
                    if (lens[li] > 150) {
                        longer++;
                    }
                    char last = text.charAt(te[li] - 1);
                    if (".!?:;\"\u201D\u2019)".indexOf(last) < 0) {
                        noEnd++;
                    }
                }
            }
            wrapped = considered >= 6 && longer * 20 <= considered && p90 <= 130 && noEnd * 10 >= considered * 4;
        }
        // 2. blocks
        List<int[]> blocks = new ArrayList<>(); // start, end, kind ordinal
        int cur = -1;
        int curEnd = -1;
        LineKind curKind = null;
        int prevLen = 0;
        for (int li = 0; li < nl; li++) {
            LineKind kd = kinds[li];
            if (kd == LineKind.BLANK || kd == LineKind.SEPARATOR) {
                if (cur >= 0) {
                    blocks.add(new int[]{cur, curEnd, curKind.ordinal()});
                    cur = -1;
                }
                continue;
            }
            boolean join = false;
            if (cur >= 0 && wrapped && kd == LineKind.TEXT && (curKind == LineKind.TEXT || curKind == LineKind.BULLET)) {
                join = prevLen >= 0.55 * p90;
            }
            if (cur >= 0 && !join && kd == LineKind.TEXT && (curKind == LineKind.TEXT || curKind == LineKind.BULLET)
                    && Character.isLowerCase(text.charAt(ts[li])) && curEnd > cur
                    && ".!?:;".indexOf(text.charAt(curEnd - 1)) < 0) {
                join = true; // a hard line break inside a sentence: the next line goes on in lower case
            }
            if (join) {
                curEnd = te[li];
            } else {
                if (cur >= 0) {
                    blocks.add(new int[]{cur, curEnd, curKind.ordinal()});
                }
                cur = ts[li];
                curEnd = te[li];
                curKind = kd;
            }
            prevLen = lens[li];
        }
        if (cur >= 0) {
            blocks.add(new int[]{cur, curEnd, curKind.ordinal()});
        }
        // 3. sentences
        List<Sentence> out = new ArrayList<>();
        int bi = 0;
        for (int[] blk : blocks) {
            int t0 = tokens.firstAtOrAfter(blk[0]);
            int t1 = tokens.firstAtOrAfter(blk[1]);
            if (t0 >= t1) {
                bi++;
                continue;
            }
            LineKind kd = LineKind.values()[blk[2]];
            if (kd == LineKind.ROW) {
                out.add(new Sentence(tokens.start(t0), tokens.end(t1 - 1), t0, t1, Sentence.Kind.TABLE_ROW, bi));
            } else {
                Sentence.Kind sk = kd == LineKind.BULLET ? Sentence.Kind.BULLET : Sentence.Kind.TEXT;
                int s = t0;
                for (int t = t0; t < t1; t++) {
                    if (t + 1 < t1 && isBoundary(tokens, t, t1)) {
                        int e = t + 1;
                        // closing quotes, brackets and tags stay with the sentence
                        while (e < t1 && !tokens.spaceBefore(e)) {
                            e++;
                        }
                        if (e < t1) {
                            out.add(new Sentence(tokens.start(s), tokens.end(e - 1), s, e, sk, bi));
                            s = e;
                            t = e - 1;
                        }
                    }
                }
                if (s < t1) {
                    out.add(new Sentence(tokens.start(s), tokens.end(t1 - 1), s, t1, sk, bi));
                }
            }
            bi++;
        }
        return capLength(tokens, out);
    }

    /** Longest sentence the rules read in one piece; longer runs (tables of numbers, lost punctuation) are cut. */
    static final int MAX_TOKENS = 160;

    private static List<Sentence> capLength(Tokens tokens, List<Sentence> in) {
        boolean any = false;
        for (Sentence s : in) {
            if (s.tokEnd() - s.tokStart() > MAX_TOKENS) {
                any = true;
                break;
            }
        }
        if (!any) {
            return in;
        }
        List<Sentence> out = new ArrayList<>(in.size() + 8);
        for (Sentence s : in) {
            int a = s.tokStart();
            while (s.tokEnd() - a > MAX_TOKENS) {
                int cut = a + MAX_TOKENS;
                for (int i = a + MAX_TOKENS - 1; i > a + MAX_TOKENS / 2; i--) {
                    String nm = tokens.norm(i);
                    if (",".equals(nm) || ";".equals(nm) || ":".equals(nm) || "\u2014".equals(nm)) {
                        cut = i + 1;
                        break;
                    }
                }
                out.add(new Sentence(tokens.start(a), tokens.end(cut - 1), a, cut, s.kind(), s.block()));
                a = cut;
            }
            out.add(new Sentence(tokens.start(a), tokens.end(s.tokEnd() - 1), a, s.tokEnd(), s.kind(), s.block()));
        }
        return out;
    }

    private static boolean isCloser(String nm) {
        return "\"".equals(nm) || "'".equals(nm) || ")".equals(nm) || "]".equals(nm);
    }

    private static boolean isBoundary(Tokens tk, int t, int limit) {
        String nm = tk.norm(t);
        int next = t + 1;
        while (next < limit && !tk.spaceBefore(next) && isCloser(tk.norm(next))) {
            next++;
        }
        // an HTML tag right after the period ("signed.</p> Next")
        if (next < limit && !tk.spaceBefore(next) && "<".equals(tk.norm(next))) {
            int k = next + 1;
            while (k < limit && k < next + 6 && !">".equals(tk.norm(k))) {
                k++;
            }
            if (k < limit && ">".equals(tk.norm(k))) {
                next = k + 1;
            }
        }
        if (next >= limit || !tk.spaceBefore(next)) {
            return false;
        }
        boolean nextOk = tk.capitalised(next) || tk.isNumber(next) || "\"".equals(tk.norm(next))
                || "'".equals(tk.norm(next)) || "(".equals(tk.norm(next)) || "\u2022".equals(tk.norm(next));
        if (!nextOk) {
            return false;
        }
        if ("!".equals(nm) || "?".equals(nm) || "...".equals(nm)) {
            return true;
        }
        if (".".equals(nm)) {
            if (t == 0) {
                return true;
            }
            int prev = t - 1;
            if (tk.spaceBefore(t)) {
                return true;
            }
            String pn = tk.norm(prev);
            if (tk.isWord(prev)) {
                if (ABBREV.contains(pn) && !(tk.capitalised(next) && STARTERS.contains(tk.norm(next)) && pn.length() > 3)) {
                    // "Nov. 9", "Gen. Smith": no boundary; month abbreviations before a digit never end a sentence
                    return false;
                }
                int len = tk.end(prev) - tk.start(prev);
                if (len == 1 && Character.isUpperCase(tk.firstChar(prev))) {
                    return false; // an initial
                }
            }
            return true;
        }
        if (tk.isWord(t) && tk.surface(t).endsWith(".") && nm.indexOf('.') > 0) {
            // initialism with its final period, e.g. "U.S." - a boundary only before a typical sentence opener
            return tk.capitalised(next) && STARTERS.contains(tk.norm(next));
        }
        return false;
    }

    private static LineKind classify(String text, int a, int b) {
        if (a >= b) {
            return LineKind.BLANK;
        }
        int pipes = 0;
        boolean onlySep = true;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c == '|') {
                pipes++;
            } else if (c != '-' && c != ':' && c != ' ' && c != '\t' && c != '+' && c != '=') {
                onlySep = false;
            }
        }
        if (pipes >= 1 && onlySep) {
            return LineKind.SEPARATOR;
        }
        if (pipes >= 2 || (pipes >= 1 && text.charAt(a) == '|')) {
            return LineKind.ROW;
        }
        char c = text.charAt(a);
        if ((c == '-' || c == '*' || c == '\u2022' || c == '\u25AA' || c == '\u25CF' || c == '\u2013' || c == '\u25E6'
                || c == '\u00B7') && b > a + 1 && Tokenizer.isSpace(text.charAt(a + 1))) {
            return LineKind.BULLET;
        }
        if (c == '\u2022' || c == '\u25AA' || c == '\u25CF') {
            return LineKind.BULLET;
        }
        if (c == 'o' && b > a + 1 && Tokenizer.isSpace(text.charAt(a + 1))) {
            return LineKind.BULLET;
        }
        return LineKind.TEXT;
    }
}
