package io.newsevents.extractor.text;

import java.util.Locale;

/**
 * The tokens of one text, held in parallel arrays (one allocation per token: its normalised form).
 * Offsets are character offsets into the original text. Normalised forms are lower-case with the typographic
 * apostrophe folded to {@code '}, all dash variants folded to {@code -} (em dash kept as {@code —}) and
 * double quotes folded to {@code "}.
 */
public final class Tokens {

    public static final byte WORD = 1;
    public static final byte NUMBER = 2;
    public static final byte PUNCT = 3;

    private final String text;
    private final int size;
    private final int[] start;
    private final int[] end;
    private final String[] norm;
    private final byte[] kind;
    private final boolean[] spaceBefore;

    Tokens(String text, int size, int[] start, int[] end, String[] norm, byte[] kind, boolean[] spaceBefore) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.norm = norm;
        this.kind = kind;
        this.spaceBefore = spaceBefore;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    /** Normalised (lower-case, folded) form; "" outside the token range. */
    public String norm(int i) {
        return i >= 0 && i < size ? norm[i] : "";
    }

    public byte kind(int i) {
        return kind[i];
    }

    public boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    public boolean isNumber(int i) {
        return i >= 0 && i < size && kind[i] == NUMBER;
    }

    public boolean isPunct(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT;
    }

    /** Whether whitespace (or the start of text) precedes token i. */
    public boolean spaceBefore(int i) {
        return spaceBefore[i];
    }

    /** The original text of token i. */
    public String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    public char firstChar(int i) {
        return text.charAt(start[i]);
    }

    public boolean capitalised(int i) {
        return i >= 0 && i < size && Character.isUpperCase(text.charAt(start[i]));
    }

    /** True when the token's letters are all upper case (at least two letters). */
    public boolean allCaps(int i) {
        int letters = 0;
        for (int c = start[i]; c < end[i]; c++) {
            char ch = text.charAt(c);
            if (Character.isLetter(ch)) {
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** First token index whose start is >= offset. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Surface text from token a (inclusive) to token b (exclusive), as it stands in the text. */
    public String span(int a, int b) {
        if (a >= b) {
            return "";
        }
        return text.substring(start[a], end[b - 1]);
    }

    /** Space-normalised surface of tokens [a, b) (line breaks and runs of blanks become one space). */
    public String cleanSpan(int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (i > a && spaceBefore[i] && !(kind[i] == PUNCT && "-".equals(norm[i - 1]))
                    && !("-".equals(norm[i - 1]))) {
                sb.append(' ');
            }
            sb.append(text, start[i], end[i]);
        }
        return sb.toString();
    }

    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0) {
            lower = lower.replace('\u2019', '\'');
        }
        return lower;
    }
}
