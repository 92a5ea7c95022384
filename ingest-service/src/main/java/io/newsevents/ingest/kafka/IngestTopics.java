package io.newsevents.ingest.kafka;

import io.newsevents.events.Topics;
import io.newsevents.kafka.TopicsToCreate;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/** The topic this service writes to, created at startup when missing (service-kafka's TopicInitializer). */
@Singleton
public class IngestTopics {

    @Produces
    @Singleton
    TopicsToCreate topicsToCreate() {
        return new TopicsToCreate(List.of(Topics.ARTICLES));
    }
}
