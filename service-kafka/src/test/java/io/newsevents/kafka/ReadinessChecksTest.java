package io.newsevents.kafka;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness checks without a cluster: both report down, under the names the services' probes list. */
class ReadinessChecksTest {

    private static final Map<String, Object> NO_CLUSTER = Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
            "reconnect.backoff.ms", 100,
            "not-an-admin-setting", "ignored");

    @Test
    void kafkaCheckIsDownWithAReasonWhenTheClusterDoesNotAnswerInTime() {
        KafkaAdmin admin = new KafkaAdmin(NO_CLUSTER, "some-service");
        try {
            HealthCheckResponse response = new KafkaReadinessCheck(admin, Duration.ofMillis(500)).call();

            assertThat(response.getName()).isEqualTo("kafka");
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData()).get().extracting(data -> data.get("reason")).asString().isNotBlank();
        } finally {
            admin.close();
        }
    }

    @Test
    void topicsCheckIsDownUntilTheTopicsExistAndNamesThem() {
        KafkaAdmin admin = new KafkaAdmin(NO_CLUSTER, "some-service");
        try {
            TopicInitializer initializer = new TopicInitializer(admin, settings(), new TopicsToCreate(List.of("a", "b")));

            HealthCheckResponse response = new TopicsReadinessCheck(initializer).call();

            assertThat(response.getName()).isEqualTo("kafka-topics");
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData()).get().extracting(data -> data.get("topics")).isEqualTo("a,b");
        } finally {
            admin.close();
        }
    }

    private static TopicSettings settings() {
        return new TopicSettings() {
            @Override
            public boolean create() {
                return true;
            }

            @Override
            public int partitions() {
                return 3;
            }

            @Override
            public Optional<Short> replicationFactor() {
                return Optional.empty();
            }

            @Override
            public Duration retryInterval() {
                return Duration.ofSeconds(5);
            }
        };
    }
}
