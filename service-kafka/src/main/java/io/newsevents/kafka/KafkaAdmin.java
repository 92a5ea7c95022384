package io.newsevents.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One Kafka admin client for the service, configured like the messaging channels (every {@code kafka.*}
 * property, e.g. {@code kafka.bootstrap.servers} and security settings), with client id
 * {@code <quarkus.application.name>-admin}. Creating it does not connect.
 */
@ApplicationScoped
public class KafkaAdmin {

    private final Admin admin;

    public KafkaAdmin(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                      @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        Map<String, Object> config = new HashMap<>();
        Set<String> known = AdminClientConfig.configNames();
        kafkaConfig.forEach((key, value) -> {
            if (known.contains(key)) {
                config.put(key, value);
            }
        });
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-admin");
        this.admin = Admin.create(config);
    }

    public Admin admin() {
        return admin;
    }

    /** The cluster's nodes; fails when the cluster does not answer within {@code timeout}. */
    public Collection<Node> nodes(Duration timeout) throws Exception {
        return admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                .nodes().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
