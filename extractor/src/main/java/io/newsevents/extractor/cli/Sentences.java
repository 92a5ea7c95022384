package io.newsevents.extractor.cli;

/**
 * A cheap sentence count for progress rates: terminal punctuation followed by a space, a closing quote or the end.
 * Approximate by design; it never touches the extractor's own sentence splitting.
 */
final class Sentences {

    private Sentences() {
    }

    static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int n = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < len && (text.charAt(j) == '"' || text.charAt(j) == '\u201D' || text.charAt(j) == ')')) {
                    j++;
                }
                if (j == len || Character.isWhitespace(text.charAt(j))) {
                    n++;
                }
            }
        }
        return Math.max(n, 1);
    }
}
