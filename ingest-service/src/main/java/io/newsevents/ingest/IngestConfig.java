package io.newsevents.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits and timeouts of the ingest endpoint (prefix {@code ingest}; env vars {@code INGEST_*}). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Most articles accepted in one request. */
    @WithDefault("1000")
    int maxBatchSize();

    /**
     * Largest article, in UTF-8 bytes of its JSON record on the topic. The default stays under Kafka's default
     * 1 MiB message limit (producer max.request.size and broker message.max.bytes).
     */
    @WithDefault("1000000")
    int maxArticleBytes();

    /** How long a request waits for Kafka to acknowledge all its articles before answering 503. */
    @WithDefault("15s")
    Duration publishTimeout();
}
