package io.newsevents.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the topics this service reads and writes exist (see {@link TopicInitializer}). */
@Readiness
@ApplicationScoped
public class TopicsReadinessCheck implements HealthCheck {

    private final TopicInitializer topics;

    public TopicsReadinessCheck(TopicInitializer topics) {
        this.topics = topics;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-topics")
                .status(topics.done())
                .withData("topics", String.join(",", topics.topics()))
                .build();
    }
}
