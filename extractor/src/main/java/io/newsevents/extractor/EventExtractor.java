package io.newsevents.extractor;

import io.newsevents.events.Article;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.NewsEvent;

import java.util.List;

/** Turns one article into the events it reports. Implementations are thread-safe and deterministic. */
public interface EventExtractor {

    /**
     * @param article an article with its id set (see {@link Article#withDerivedId()})
     * @return one event per fact the article reports, in order of first mention
     */
    List<NewsEvent> extract(Article article);

    /** Name and version stamped on every event this extractor produces. */
    ExtractorInfo info();
}
