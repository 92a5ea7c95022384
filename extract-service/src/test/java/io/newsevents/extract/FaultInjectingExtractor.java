package io.newsevents.extract;

import io.newsevents.events.Article;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.NewsEvent;
import io.newsevents.extractor.EventExtractor;
import io.newsevents.extractor.RuleExtractor;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Test-only fault injection: the real {@link RuleExtractor}, except that it throws for a text containing
 * {@link #FAIL_MARKER}, so the tests can show that an extractor failure is dead-lettered. Every other article
 * goes through the real engine unchanged.
 */
@Alternative
@Priority(1)
@Singleton
public class FaultInjectingExtractor implements EventExtractor {

    public static final String FAIL_MARKER = "[[make-the-extractor-fail]]";

    private final RuleExtractor delegate = RuleExtractor.create();

    @Override
    public List<NewsEvent> extract(Article article) {
        if (article.text().contains(FAIL_MARKER)) {
            throw new IllegalStateException("injected failure");
        }
        return delegate.extract(article);
    }

    @Override
    public ExtractorInfo info() {
        return delegate.info();
    }
}
