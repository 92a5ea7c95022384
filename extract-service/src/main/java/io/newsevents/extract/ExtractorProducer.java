package io.newsevents.extract;

import io.newsevents.extractor.EventExtractor;
import io.newsevents.extractor.RuleExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The extraction engine as a CDI bean (thread-safe and deterministic, so one instance serves every record). */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @Singleton
    EventExtractor extractor() {
        return RuleExtractor.create();
    }
}
