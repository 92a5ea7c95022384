package io.newsevents.extract;

import io.newsevents.events.Topics;
import io.newsevents.extractor.EventExtractor;
import io.newsevents.extractor.RuleExtractor;
import io.newsevents.kafka.TopicsToCreate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The extraction engine as a CDI bean (thread-safe and deterministic, so one instance serves every record), and the
 * topics created at startup when missing (service-kafka's TopicInitializer).
 */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @Singleton
    EventExtractor extractor() {
        return RuleExtractor.create();
    }

    /** Its input, its outputs and its dead-letter topic: every topic of the contract. */
    @Produces
    @Singleton
    TopicsToCreate topicsToCreate() {
        return new TopicsToCreate(Topics.ALL);
    }
}
