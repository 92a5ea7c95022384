package io.newsevents.ingest.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a 413 problem+json instead of Quarkus'
 * empty 413. It runs just before Quarkus' own check (route order -2), which stays in place for bodies sent
 * without a Content-Length (chunked): those still get a 413, without a body.
 */
@ApplicationScoped
public class BodyLimitRoute {

    static final int ORDER = -3;

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        limit.ifPresent(max -> router.route().order(ORDER).handler(context -> check(context, max.asLongValue())));
    }

    private static void check(RoutingContext context, long max) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length, max)) {
            String body = Problem.of("body-too-large", "Request Entity Too Large", 413,
                    "The request body has " + length.trim() + " bytes; the limit is " + max
                            + " (quarkus.http.limits.max-body-size, env INGEST_MAX_BODY_SIZE). Split the batch.")
                    .toResponse().getEntity().toString();
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(body);
            return;
        }
        context.next();
    }

    private static boolean tooLarge(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
