package io.newsevents.kafka;

import java.util.List;

/**
 * The topics a service creates at startup when they are missing (see {@link TopicInitializer}). Each service
 * produces one as a CDI bean, e.g. {@code @Produces @Singleton TopicsToCreate topics()}.
 */
public record TopicsToCreate(List<String> names) {

    public TopicsToCreate {
        names = List.copyOf(names);
    }
}
