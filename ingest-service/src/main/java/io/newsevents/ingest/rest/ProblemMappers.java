package io.newsevents.ingest.rest;

import io.newsevents.ingest.kafka.PublishFailedException;
import io.newsevents.ingest.service.InvalidArticlesException;
import io.newsevents.ingest.service.MalformedJsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error answer is {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a client should wait before retrying after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response invalid(InvalidArticlesException e) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + "invalid-articles", "Invalid articles", 400,
                e.getMessage() + "; nothing was published", e.errors(), null, null);
        return problem.toResponse();
    }

    @ServerExceptionMapper
    public Response malformed(MalformedJsonException e) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + "malformed-json", "Malformed JSON", 400,
                e.getMessage(), null, e.line(), e.column());
        return problem.toResponse();
    }

    @ServerExceptionMapper
    public Response kafkaUnavailable(PublishFailedException e) {
        LOG.warnf("Articles not acknowledged by Kafka: %s", e.getMessage());
        return Response.fromResponse(Problem.of("kafka-unavailable", "Kafka unavailable", 503,
                        "Kafka did not acknowledge the articles (" + e.getMessage()
                                + "); none is reported as accepted. Retrying is safe: article ids are stable.")
                        .toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String type = status.getStatusCode() == 413 ? "body-too-large"
                : status.getStatusCode() == 415 ? "unsupported-media-type" : "http-" + status.getStatusCode();
        String detail = detail(status.getStatusCode(), e.getMessage());
        return Problem.of(type, status.getReasonPhrase(), status.getStatusCode(), detail).toResponse();
    }

    static String detail(int status, String message) {
        if (status == 413) {
            return "The request body is larger than the limit (quarkus.http.limits.max-body-size, env "
                    + "INGEST_MAX_BODY_SIZE); split the batch.";
        }
        if (status == 415) {
            return "Send application/json (one article or an array), or application/x-ndjson / "
                    + "application/jsonl (one article per line).";
        }
        return message;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return Problem.of("internal-error", "Internal Server Error", 500, "an unexpected error occurred").toResponse();
    }
}
