package io.newsevents.ingest.kafka;

import io.newsevents.events.Article;
import io.newsevents.events.Json;
import io.newsevents.ingest.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Publishes articles to the {@code articles} topic keyed by article id. The Uni completes only when Kafka
 * acknowledged every record (the channel is configured with acks=all and an idempotent producer), and fails
 * with {@link PublishFailedException} when any record failed or the acknowledgements did not arrive within
 * {@code ingest.publish-timeout}.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** Outgoing channel bound to the {@code articles} topic (see application.properties). */
    public static final String ARTICLES_OUT = "articles-out";
    /** Room for ten full batches waiting for the producer before a send is refused. */
    static final int EMITTER_BUFFER = 10_000;

    private final MutinyEmitter<String> emitter;
    private final IngestConfig config;

    public ArticlePublisher(@Channel(ARTICLES_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = EMITTER_BUFFER) MutinyEmitter<String> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /** @param articles articles with their ids set */
    public Uni<Void> publish(List<Article> articles) {
        List<Uni<Void>> sends = new ArrayList<>(articles.size());
        for (Article article : articles) {
            Message<String> message = Message.of(Json.write(article))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
            sends.add(Uni.createFrom().deferred(() -> emitter.sendMessage(message)));
        }
        return Uni.join().all(sends).andCollectFailures()
                .replaceWithVoid()
                .ifNoItem().after(config.publishTimeout())
                .failWith(() -> new TimeoutException("Kafka did not acknowledge within " + config.publishTimeout()))
                .onFailure().transform(failure -> new PublishFailedException(describe(failure), failure));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        if (failure instanceof io.smallrye.mutiny.CompositeException) {
            cause = ((io.smallrye.mutiny.CompositeException) failure).getCauses().get(0);
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
