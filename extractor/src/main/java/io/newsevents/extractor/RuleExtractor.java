package io.newsevents.extractor;

import io.newsevents.events.Article;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.NewsEvent;

import java.util.List;

/** The rule-based extractor. Placeholder until the engine lands: it finds nothing. */
public final class RuleExtractor implements EventExtractor {

    public static final String NAME = "newsevents-rules";
    public static final String VERSION = "0.0.1";

    private static final ExtractorInfo INFO = new ExtractorInfo(NAME, VERSION);

    private RuleExtractor() {
    }

    /** The extractor with its bundled gazetteer and lexicons. */
    public static RuleExtractor create() {
        return new RuleExtractor();
    }

    @Override
    public List<NewsEvent> extract(Article article) {
        return List.of();
    }

    @Override
    public ExtractorInfo info() {
        return INFO;
    }
}
