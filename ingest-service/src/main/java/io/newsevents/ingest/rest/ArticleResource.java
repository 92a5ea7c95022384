package io.newsevents.ingest.rest;

import io.newsevents.ingest.service.IngestService;
import io.newsevents.ingest.service.InputFormat;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

@Path("/articles")
@Tag(name = "articles")
public class ArticleResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String JSONL = "application/jsonl";

    private final IngestService ingest;

    public ArticleResource(IngestService ingest) {
        this.ingest = ingest;
    }

    @POST
    @Blocking
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, JSONL})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Ingest articles",
            description = "One article object or a JSON array of them (application/json), or one article per line "
                    + "(application/x-ndjson, application/jsonl). Only text is required; a missing id is derived "
                    + "from the text, so the same article always gets the same id. The whole batch is validated "
                    + "first: an invalid batch publishes nothing. Answers 202 once Kafka acknowledged every article.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one article",
                    value = "{\"id\":\"demo-1\",\"url\":\"https://example.org/a\",\"title\":\"A deal\","
                            + "\"published\":\"2025-06-25\",\"text\":\"Norway and Chile signed a fisheries agreement.\"}")),
            @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = JSONL, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "Kafka acknowledged every article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptedArticles.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid articles (each error with its index/line)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than quarkus.http.limits.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported Content-Type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time; nothing reported as accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> post(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        return ingest.ingest(body, format(contentType))
                .map(ids -> Response.accepted(new AcceptedArticles(ids.size(), ids))
                        .type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    static InputFormat format(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return InputFormat.JSON;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new NotSupportedException("unparsable content type " + contentType);
        }
        String base = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        switch (base) {
            case MediaType.APPLICATION_JSON:
                return InputFormat.JSON;
            case NDJSON:
            case JSONL:
                return InputFormat.JSON_LINES;
            default:
                throw new NotSupportedException("unsupported content type " + base);
        }
    }
}
