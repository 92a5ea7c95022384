package io.newsevents.store.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates {@link StoreTopics#EVENTS_DLQ} at start when the broker lacks it, so dead letters do not depend on topic
 * auto-creation. Best effort: a broker that is not there yet only costs a warning (readiness reports it).
 */
@ApplicationScoped
public class DeadLetterTopic {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

    private final String bootstrapServers;

    public DeadLetterTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            admin.createTopics(List.of(new NewTopic(StoreTopics.EVENTS_DLQ, Optional.of(3), Optional.empty())))
                    .all().get(15, TimeUnit.SECONDS);
            LOG.infof("created topic %s", StoreTopics.EVENTS_DLQ);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("could not create %s: %s", StoreTopics.EVENTS_DLQ, e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            LOG.warnf("could not create %s: broker at %s did not answer", StoreTopics.EVENTS_DLQ, bootstrapServers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
