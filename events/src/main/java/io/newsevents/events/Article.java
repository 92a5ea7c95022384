package io.newsevents.events;

/**
 * A news article as ingested. Only {@code text} is required; {@code published} is an ISO date
 * (yyyy-MM-dd) and anchors relative dates in the text.
 */
public record Article(String id, String url, String title, String published, String text) {

    /** The same article with its id filled in (derived from the content when it had none). */
    public Article withDerivedId() {
        return id != null && !id.isBlank() ? this : new Article(ArticleIds.derive(this), url, title, published, text);
    }
}
