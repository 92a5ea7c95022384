package io.newsevents.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How missing topics are created at startup (prefix {@code newsevents.topics}; env {@code NEWSEVENTS_TOPICS_*}). */
@ConfigMapping(prefix = "newsevents.topics")
public interface TopicSettings {

    /** Create missing topics at startup (an external cluster may have auto-creation off). */
    @WithDefault("true")
    boolean create();

    @WithDefault("3")
    int partitions();

    /** Replication factor of created topics; the broker's default.replication.factor when unset. */
    Optional<Short> replicationFactor();

    /** Pause between attempts while the cluster is unreachable. */
    @WithDefault("5s")
    Duration retryInterval();
}
