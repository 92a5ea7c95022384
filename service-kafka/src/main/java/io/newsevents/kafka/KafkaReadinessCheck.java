package io.newsevents.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ready only while the Kafka cluster answers. Bounded by {@code newsevents.kafka.health-timeout}, so that the
 * readiness probe answers quickly when the cluster is down (Quarkus' built-in check waits for the admin client's
 * default API timeout of a minute).
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    public static final String NAME = "kafka";

    private final KafkaAdmin kafka;
    private final Duration timeout;

    public KafkaReadinessCheck(KafkaAdmin kafka,
                               @ConfigProperty(name = "newsevents.kafka.health-timeout", defaultValue = "3s") Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Collection<Node> nodes = kafka.nodes(timeout);
            return HealthCheckResponse.named(NAME).up()
                    .withData("nodes", nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.joining(",")))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(e);
        } catch (Exception e) {
            return down(e);
        }
    }

    private static HealthCheckResponse down(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return HealthCheckResponse.named(NAME).down()
                .withData("reason", cause.getClass().getSimpleName() + ": " + cause.getMessage())
                .build();
    }
}
