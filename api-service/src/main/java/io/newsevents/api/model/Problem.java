package io.newsevents.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details")
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "parameter"})
public record Problem(
        @Schema(example = "urn:newsevents:problem:bad-parameter") String type,
        @Schema(example = "Bad parameter") String title,
        @Schema(example = "400") int status,
        @Schema(example = "limit must be between 1 and 500, got 0") String detail,
        @Schema(example = "/deals") String instance,
        @Schema(description = "the offending parameter, when there is one", example = "limit") String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
