package io.newsevents.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsevents.events.Json;
import io.newsevents.ingest.service.ValidationError;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code errors} lists every validation error
 * with the article's index (and line for JSON lines); {@code line}/{@code column} locate a JSON syntax error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<ValidationError> errors,
                      Integer line, Integer column) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:newsevents:problem:";

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + type, title, status, detail, null, null, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(Json.write(this)).build();
    }
}
