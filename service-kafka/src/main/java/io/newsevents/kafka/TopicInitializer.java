package io.newsevents.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Creates the topics this service reads and writes (its {@link TopicsToCreate} bean) when they are missing,
 * because an external cluster may have automatic topic creation switched off. Runs in the background and retries
 * while the cluster is unreachable, so the service starts (and reports not-ready) even before Kafka is up.
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private final KafkaAdmin kafka;
    private final TopicSettings settings;
    private final List<String> topics;
    private volatile boolean done;
    private ScheduledExecutorService executor;

    public TopicInitializer(KafkaAdmin kafka, TopicSettings settings, TopicsToCreate topics) {
        this.kafka = kafka;
        this.settings = settings;
        this.topics = topics.names();
    }

    void onStart(@Observes StartupEvent event) {
        if (!settings.create()) {
            done = true;
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "topic-initializer");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::attempt);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** True once every topic exists (or creation is switched off). */
    public boolean done() {
        return done;
    }

    public List<String> topics() {
        return topics;
    }

    private void attempt() {
        try {
            ensureTopics();
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("Could not ensure topics %s yet (%s); retrying in %s", topics, e.getMessage(),
                    settings.retryInterval());
            if (!executor.isShutdown()) {
                executor.schedule(this::attempt, settings.retryInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void ensureTopics() throws Exception {
        ensureTopics(kafka.admin(), topics, settings.partitions(), settings.replicationFactor());
    }

    /**
     * Creates those of {@code topics} that do not exist; a topic created concurrently by someone else counts as
     * existing.
     *
     * @return the topics this call created
     */
    public static List<String> ensureTopics(Admin admin, List<String> topics, int partitions,
                                            Optional<Short> replicationFactor) throws Exception {
        List<String> created = new java.util.ArrayList<>();
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, Optional.of(partitions), replicationFactor))
                    .collect(Collectors.toList());
            if (missing.isEmpty()) {
                return created;
            }
            for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result
                    : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                    created.add(result.getKey());
                    LOG.infof("Created topic %s with %d partitions", result.getKey(), partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within 30s", e);
        }
    }
}
