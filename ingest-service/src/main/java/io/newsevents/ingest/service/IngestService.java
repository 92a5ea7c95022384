package io.newsevents.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsevents.events.Article;
import io.newsevents.ingest.IngestConfig;
import io.newsevents.ingest.kafka.ArticlePublisher;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads, validates and publishes one request's articles. Validation covers the whole batch before anything is
 * published, so an invalid batch publishes nothing.
 */
@Startup // registers the counters at startup, so they are exported (at 0) before the first request
@ApplicationScoped
public class IngestService {

    /** Counter of articles by outcome: accepted (acknowledged by Kafka), rejected (invalid input), failed (Kafka). */
    public static final String ARTICLES_METRIC = "ingest.articles";

    private final ArticlePublisher publisher;
    private final ArticleValidator validator;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter failed;

    public IngestService(ArticlePublisher publisher, IngestConfig config, MeterRegistry registry) {
        this.publisher = publisher;
        this.validator = new ArticleValidator(config.maxBatchSize(), config.maxArticleBytes());
        this.accepted = counter(registry, "accepted");
        this.rejected = counter(registry, "rejected");
        this.failed = counter(registry, "failed");
    }

    /**
     * @return the article ids in input order, once Kafka acknowledged every article
     * @throws MalformedJsonException   the body is not JSON
     * @throws InvalidArticlesException an article is invalid (nothing published)
     */
    public Uni<List<String>> ingest(String body, InputFormat format) {
        List<Article> articles;
        try {
            articles = validator.validate(ArticleReader.read(body, format)).stream()
                    .map(Article::withDerivedId)
                    .collect(Collectors.toList());
        } catch (InvalidArticlesException e) {
            rejected.increment(Math.max(1, e.articleCount()));
            throw e;
        } catch (MalformedJsonException e) {
            rejected.increment();
            throw e;
        }
        List<String> ids = articles.stream().map(Article::id).collect(Collectors.toList());
        return publisher.publish(articles)
                .onItem().invoke(() -> accepted.increment(articles.size()))
                .onFailure().invoke(() -> failed.increment(articles.size()))
                .replaceWith(ids);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(ARTICLES_METRIC)
                .description("Articles received by POST /articles, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
