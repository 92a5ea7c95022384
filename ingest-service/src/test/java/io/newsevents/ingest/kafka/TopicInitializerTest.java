package io.newsevents.ingest.kafka;

import io.newsevents.kafka.TopicInitializer;
import io.newsevents.stack.LocalStackResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Topic creation against the real embedded broker (whose own start already creates the contract's topics). */
class TopicInitializerTest {

    @Test
    void createsMissingTopicsWithTheConfiguredPartitionsAndLeavesExistingOnesAlone() throws Exception {
        String missing = "test-created-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackResource.kafka().bootstrapServers()))) {

            List<String> created = TopicInitializer.ensureTopics(admin, List.of("articles", missing), 2, Optional.empty());

            assertThat(created).containsExactly(missing);
            TopicDescription description = admin.describeTopics(List.of(missing)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(missing);
            assertThat(description.partitions()).hasSize(2);
            assertThat(TopicInitializer.ensureTopics(admin, List.of("articles", missing), 2, Optional.empty()))
                    .isEmpty();
        }
    }
}
