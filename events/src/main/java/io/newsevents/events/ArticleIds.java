package io.newsevents.events;

/** Stable article ids derived from content, so the same article sent twice gets the same id. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** {@code a-} followed by 20 hex digits of the SHA-256 of the whitespace-normalised text. */
    public static String derive(Article article) {
        if (article.text() == null) {
            throw new IllegalArgumentException("text is required");
        }
        String normalised = article.text().strip().replaceAll("\\s+", " ");
        return "a-" + Hashing.sha256Hex(normalised).substring(0, 20);
    }
}
