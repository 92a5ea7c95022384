package io.newsevents.extractor.text;

import java.util.Arrays;

/**
 * A hand-written tokenizer: one pass over the text, no regular expressions.
 * Words (letters, then letters or digits), numbers (digits with inner {@code ,} or {@code .}), initialisms
 * ({@code U.S.}, {@code P.R.C.}) as one token, the possessive {@code 's} as one token, everything else one
 * character per token. Hyphens split words ("India-Pakistan" is three tokens), so multi-word names match
 * whatever the text put between the parts.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u200B' || c == '\uFEFF' || c == '\f' || c == '\u000B' || Character.isWhitespace(c);
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212';
    }

    /** The normalised token an HTML entity stands for, "" for a blank, null when it is not an entity we know. */
    private static String entity(String e) {
        switch (e) {
            case "nbsp": case "#160": case "ensp": case "emsp": case "thinsp": case "#8201": case "zwnj": case "shy":
                return "";
            case "euro": case "#8364": return "\u20ac";
            case "pound": case "#163": return "\u00a3";
            case "yen": case "#165": return "\u00a5";
            case "dollar": case "#36": return "$";
            case "amp": case "#38": return "&";
            case "quot": case "ldquo": case "rdquo": case "#8220": case "#8221": case "#34": return "\"";
            case "rsquo": case "lsquo": case "apos": case "#8217": case "#39": return "'";
            case "ndash": case "#8211": case "minus": return "-";
            case "mdash": case "#8212": return "\u2014";
            case "hellip": return "...";
            default: return null;
        }
    }

    private static boolean isCurrencyCode(String text, int s, int e) {
        String code = text.substring(s, e);
        switch (code) {
            case "USD": case "EUR": case "GBP": case "INR": case "CNY": case "RMB": case "JPY": case "AUD": case "CAD":
            case "SAR": case "AED": case "TRY": case "PKR": case "KRW": case "Rs": case "RUB": case "ILS": case "CHF":
                return true;
            default:
                return false;
        }
    }

    public static Tokens tokenize(String text) {
        int n = text.length();
        Builder out = new Builder(Math.max(16, n / 4));
        boolean sawSpace = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) || Character.getType(c) == Character.FORMAT) {
                sawSpace = true;
                i++;
                continue;
            }
            // HTML leftovers: tags are skipped like blanks, entities become the character they stand for
            if (c == '<' && i + 1 < n && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/'
                    || text.charAt(i + 1) == '!')) {
                int close = text.indexOf('>', i + 1);
                int reopen = text.indexOf('<', i + 1);
                if (close > 0 && close - i <= 200 && (reopen < 0 || reopen > close)) {
                    sawSpace = true;
                    i = close + 1;
                    continue;
                }
            }
            if (c == '&' && i + 2 < n) {
                int semi = text.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 8) {
                    String ent = text.substring(i + 1, semi).toLowerCase(java.util.Locale.ROOT);
                    String rep = entity(ent);
                    if (rep != null) {
                        if (rep.isEmpty()) {
                            sawSpace = true;
                            i = semi + 1;
                            continue;
                        }
                        int e = semi + 1;
                        if ("'".equals(rep) && e < n && (text.charAt(e) == 's' || text.charAt(e) == 'S')
                                && (e + 1 >= n || !Character.isLetter(text.charAt(e + 1))) && out.size > 0 && !sawSpace) {
                            out.add(i, e + 1, "'s", Tokens.PUNCT, false); // "T&uuml;rkiye&rsquo;s"
                            i = e + 1;
                            continue;
                        }
                        out.add(i, e, rep, Tokens.PUNCT, sawSpace);
                        sawSpace = false;
                        i = e;
                        continue;
                    }
                }
            }
            int s = i;
            byte k;
            String nm;
            if (Character.isLetter(c)) {
                // initialism: single letters separated by periods (U.S., P.R.C., U.S)
                int j = i;
                int pairs = 0;
                while (j < n && Character.isLetter(text.charAt(j)) && (j + 1 >= n || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                    if (j + 1 < n && text.charAt(j + 1) == '.' && j + 2 < n && Character.isLetter(text.charAt(j + 2))
                            && (j + 3 >= n || !Character.isLetterOrDigit(text.charAt(j + 3)))) {
                        pairs++;
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (pairs >= 1) {
                    // j is on the last letter; include it and a trailing period if present
                    int e = j + 1;
                    if (e < n && text.charAt(e) == '.') {
                        e++;
                    }
                    i = e;
                    k = Tokens.WORD;
                    StringBuilder sb = new StringBuilder();
                    for (int q = s; q < e; q++) {
                        char ch = text.charAt(q);
                        if (ch != '.') {
                            sb.append(Character.toLowerCase(ch));
                        } else {
                            sb.append('.');
                        }
                    }
                    String x = sb.toString();
                    nm = x.endsWith(".") ? x.substring(0, x.length() - 1) : x;
                } else {
                    boolean entities = false;
                    while (i < n) {
                        char ch = text.charAt(i);
                        if (ch == '&') {
                            int after = letterEntityEnd(text, i);
                            if (after < 0) {
                                break;
                            }
                            entities = true; // "T&uuml;rkiye": a letter written as an HTML entity
                            i = after;
                            continue;
                        }
                        if (!Character.isLetterOrDigit(ch) && Character.getType(ch) != Character.NON_SPACING_MARK) {
                            break;
                        }
                        if (Character.isDigit(ch) && i - s >= 2 && i - s <= 3 && isCurrencyCode(text, s, i)) {
                            break; // "USD1.2 billion"
                        }
                        i++;
                    }
                    k = Tokens.WORD;
                    String word = entities ? decodeLetters(text.substring(s, i)) : text.substring(s, i);
                    int joined = lineBreakHyphen(text, s, i);
                    if (joined > i) {
                        nm = Tokens.normalise(word + text.substring(lettersFrom(text, i), joined));
                        i = joined;
                    } else {
                        nm = Tokens.normalise(word);
                    }
                }
            } else if (Character.isDigit(c)) {
                while (i < n) {
                    char ch = text.charAt(i);
                    if (Character.isDigit(ch)) {
                        i++;
                    } else if ((ch == ',' || ch == '.' || ch == '\u066B') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                            && !(ch == ',' && i - s >= 4 && allDigits(text, s, i))) {
                        i++; // but "in 2022,18 and": no digit group before a thousands comma is four long (a footnote)
                    } else {
                        break;
                    }
                }
                k = Tokens.NUMBER;
                nm = text.substring(s, i);
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2))) && out.size > 0 && !sawSpace) {
                i += 2;
                k = Tokens.PUNCT;
                nm = "'s";
            } else {
                i++;
                k = Tokens.PUNCT;
                if (isDash(c)) {
                    nm = "-";
                } else if (c == '\u2014' || c == '\u2015') {
                    nm = "\u2014";
                } else if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || c == '"') {
                    nm = "\"";
                } else if (c == '\u2018' || c == '\u2019' || c == '\'' || c == '\u055B') {
                    nm = "'";
                } else if (c == '\u2026') {
                    nm = "...";
                } else {
                    nm = String.valueOf(c);
                }
            }
            out.add(s, i, nm, k, sawSpace);
            sawSpace = false;
        }
        return new Tokens(text, out.size, out.start, out.end, out.norm, out.kind, out.space);
    }

    /** The token arrays being filled, grown by doubling. */
    private static final class Builder {
        int[] start;
        int[] end;
        String[] norm;
        byte[] kind;
        boolean[] space;
        int size;

        Builder(int capacity) {
            start = new int[capacity];
            end = new int[capacity];
            norm = new String[capacity];
            kind = new byte[capacity];
            space = new boolean[capacity];
        }

        void add(int s, int e, String normalised, byte k, boolean spaceBefore) {
            if (size == start.length) {
                int grown = size * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                norm = Arrays.copyOf(norm, grown);
                kind = Arrays.copyOf(kind, grown);
                space = Arrays.copyOf(space, grown);
            }
            start[size] = s;
            end[size] = e;
            norm[size] = normalised;
            kind[size] = k;
            space[size] = spaceBefore;
            size++;
        }
    }

    /**
     * Parts of hyphenated compounds ("search-and-rescue", "anti-ship", "self-propelled", "ten-year"): a hyphen at a
     * line break between such a part and the next word is the compound's own hyphen, not a word broken across lines.
     */
    private static final java.util.Set<String> COMPOUND_PARTS = java.util.Set.of("and", "or", "to", "of", "the",
            "in", "on", "by", "for", "at", "anti", "non", "co", "pre", "post", "re", "self", "multi", "well", "long",
            "short", "high", "low", "air", "sea", "land", "search", "rescue", "counter", "cross", "semi", "inter",
            "ex", "vice", "full", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "year", "day", "week", "month", "state", "owned", "led", "based", "made",
            "run", "built", "backed", "funded", "level", "scale", "range", "term", "time", "war", "mid", "sub",
            "under", "over", "out", "up", "down", "off", "all", "first", "second", "third", "front", "line", "ground",
            "surface", "ship", "missile", "border", "joint", "trans", "pan", "pro", "ultra", "super", "quasi",
            "de", "el", "al", "bin", "ibn", "le", "la", "von", "van", "der");

    /**
     * "conti-\nngents": a word broken across a line break by a hyphen (text from PDFs and print layouts). Returns the
     * end of the word's continuation on the next line when the word at [s, e) goes on there, else {@code e}. Only a
     * hyphen followed by a line break and a lower-case letter joins, and never a part of a compound.
     */
    private static int lineBreakHyphen(String text, int s, int e) {
        int n = text.length();
        if (e >= n || !isDash(text.charAt(e)) || e - s < 2
                || COMPOUND_PARTS.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT))) {
            return e;
        }
        int q = e + 1;
        boolean lineBreak = false;
        while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\n' || text.charAt(q) == '\r'
                || text.charAt(q) == '\t')) {
            lineBreak |= text.charAt(q) == '\n';
            q++;
        }
        if (!lineBreak || q >= n || !Character.isLowerCase(text.charAt(q))) {
            return e;
        }
        int r = q;
        while (r < n && Character.isLetter(text.charAt(r))) {
            r++;
        }
        if (r < n && isDash(text.charAt(r)) || COMPOUND_PARTS.contains(text.substring(q, r).toLowerCase(java.util.Locale.ROOT))) {
            return e; // "search-\nand-rescue", "long-\nrange"
        }
        return r;
    }

    /** The first letter after the hyphen and line break that follow a word ending at {@code e}. */
    private static int lettersFrom(String text, int e) {
        int q = e + 1;
        while (q < text.length() && !Character.isLetter(text.charAt(q))) {
            q++;
        }
        return q;
    }

    /** Letters written as named HTML entities ("&uuml;"), as they appear in scraped pages. */
    private static final java.util.Map<String, Character> LETTER_ENTITIES = java.util.Map.ofEntries(
            java.util.Map.entry("uuml", '\u00fc'), java.util.Map.entry("Uuml", '\u00dc'),
            java.util.Map.entry("ouml", '\u00f6'), java.util.Map.entry("Ouml", '\u00d6'),
            java.util.Map.entry("auml", '\u00e4'), java.util.Map.entry("Auml", '\u00c4'),
            java.util.Map.entry("euml", '\u00eb'), java.util.Map.entry("iuml", '\u00ef'),
            java.util.Map.entry("eacute", '\u00e9'), java.util.Map.entry("Eacute", '\u00c9'),
            java.util.Map.entry("egrave", '\u00e8'), java.util.Map.entry("aacute", '\u00e1'),
            java.util.Map.entry("iacute", '\u00ed'), java.util.Map.entry("oacute", '\u00f3'),
            java.util.Map.entry("uacute", '\u00fa'), java.util.Map.entry("agrave", '\u00e0'),
            java.util.Map.entry("ccedil", '\u00e7'), java.util.Map.entry("Ccedil", '\u00c7'),
            java.util.Map.entry("ntilde", '\u00f1'), java.util.Map.entry("atilde", '\u00e3'),
            java.util.Map.entry("otilde", '\u00f5'), java.util.Map.entry("acirc", '\u00e2'),
            java.util.Map.entry("ecirc", '\u00ea'), java.util.Map.entry("icirc", '\u00ee'),
            java.util.Map.entry("ocirc", '\u00f4'), java.util.Map.entry("ucirc", '\u00fb'),
            java.util.Map.entry("szlig", '\u00df'), java.util.Map.entry("oslash", '\u00f8'),
            java.util.Map.entry("aring", '\u00e5'), java.util.Map.entry("aelig", '\u00e6'));

    /** The end (after ';') of an entity at {@code at} that stands for a letter ("&uuml;", "&#252;"), or -1. */
    private static int letterEntityEnd(String text, int at) {
        int semi = text.indexOf(';', at + 1);
        if (semi < at + 3 || semi - at > 8) {
            return -1;
        }
        return entityLetter(text.substring(at + 1, semi)) != 0 ? semi + 1 : -1;
    }

    /** The letter an entity body ("uuml", "#252", "#xfc") stands for, or 0. */
    private static char entityLetter(String body) {
        Character named = LETTER_ENTITIES.get(body);
        if (named != null) {
            return named;
        }
        if (body.length() > 1 && body.charAt(0) == '#') {
            try {
                int cp = body.charAt(1) == 'x' || body.charAt(1) == 'X'
                        ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
                return cp < 0x10000 && Character.isLetter(cp) ? (char) cp : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** A word with its letter entities decoded ("T&uuml;rkiye" -> "Türkiye"). */
    private static String decodeLetters(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            int after = word.charAt(i) == '&' ? letterEntityEnd(word, i) : -1;
            if (after > 0) {
                sb.append(entityLetter(word.substring(i + 1, after - 1)));
                i = after;
            } else {
                sb.append(word.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** True when text[s, e) is digits only. */
    private static boolean allDigits(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
