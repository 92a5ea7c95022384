package io.newsevents.events;

import java.util.List;

/**
 * Published on {@link Topics#EXTRACTIONS} after all events of one extraction of an article were acknowledged:
 * the complete set of event ids the article now supports. The store uses it to retire claims that a newer
 * extraction no longer makes (re-extraction replaces an article's old claims).
 */
public record ArticleExtracted(
        String articleId,
        String textSha256,
        ExtractorInfo extractor,
        List<String> eventIds,
        String extractedAt) {

    public ArticleExtracted {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }
}
