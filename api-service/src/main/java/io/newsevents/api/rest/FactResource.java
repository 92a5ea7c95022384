package io.newsevents.api.rest;

import io.newsevents.api.model.FactDto;
import io.newsevents.api.model.Page;
import io.newsevents.api.model.Problem;
import io.newsevents.api.query.ApiException;
import io.newsevents.api.query.FactQuery;
import io.newsevents.api.query.Params;
import io.newsevents.api.repository.FactRepository;
import io.newsevents.api.stream.StreamService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;
import java.util.List;

/** The fact lists (deals, exercises, recognitions, all facts) and single facts. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "facts", description = "Deals, exercises and non-recognitions merged from every article reporting them")
public class FactResource {

    /** Response header: the stream position every listed fact already reflects (resume /stream?after= from it). */
    public static final String STREAM_POSITION_HEADER = "X-Stream-Position";

    static final String DEAL_PAGE_EXAMPLE = "{\"items\":[{\"factId\":\"f-5c1a\",\"type\":\"DealSigned\","
            + "\"date\":\"2024-05\",\"actors\":[{\"name\":\"Norway\",\"iso3\":\"NOR\",\"kind\":\"state\","
            + "\"role\":\"party\"},{\"name\":\"Sweden\",\"iso3\":\"SWE\",\"kind\":\"state\",\"role\":\"party\"}],"
            + "\"value\":{\"amount\":1200000000,\"currency\":\"EUR\"},\"items\":[\"snow tracks\"],"
            + "\"category\":\"arms\",\"sourceCount\":2,\"firstSeen\":\"2026-01-05T10:00:00Z\","
            + "\"lastSeen\":\"2026-01-06T08:30:00Z\",\"sources\":[{\"eventId\":\"e-91ab\",\"articleId\":\"a-17\","
            + "\"evidence\":{\"text\":\"Norway and Sweden signed a contract worth 1.2 billion euros for 40 snow "
            + "tracks.\",\"start\":120,\"end\":199},\"date\":\"2024-05\",\"confidence\":0.9,"
            + "\"extractor\":{\"name\":\"rules\",\"version\":\"1\"},\"recordedAt\":\"2026-01-05T10:00:00Z\"}]}],"
            + "\"nextCursor\":null,\"next\":null,\"limit\":50}";
    static final String PROBLEM_EXAMPLE = "{\"type\":\"urn:newsevents:problem:bad-parameter\",\"title\":"
            + "\"Bad parameter\",\"status\":400,\"detail\":\"limit must be between 1 and 500, got 0\","
            + "\"instance\":\"/deals\",\"parameter\":\"limit\"}";

    private final FactRepository facts;
    private final StreamService stream;

    public FactResource(FactRepository facts, StreamService stream) {
        this.facts = facts;
        this.stream = stream;
    }

    @GET
    @Path("deals")
    @Operation(summary = "Deals signed", description = "DealSigned facts with their parties, value, items, category and "
            + "sources. Example: /deals?actor=NOR&category=arms&minValue=1000000&currency=EUR&sort=-value")
    @APIResponse(responseCode = "200", description = "one page of deals",
            content = @Content(schema = @Schema(implementation = FactPage.class),
                    examples = @ExampleObject(name = "a deal with two sources", value = DEAL_PAGE_EXAMPLE)),
            headers = @Header(name = STREAM_POSITION_HEADER, description = "stream position the page reflects"))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "limit out of range", value = PROBLEM_EXAMPLE)))
    public Response deals(@BeanParam FactFilterParams params, @Context UriInfo uri) throws SQLException {
        return list(params.toQuery(List.of("DealSigned")), uri);
    }

    @GET
    @Path("exercises")
    @Operation(summary = "Exercises held", description = "ExerciseHeld facts with participants, name, location "
            + "and sources. Example: /exercises?actor=SWE&from=2024")
    @APIResponse(responseCode = "200", description = "one page of exercises",
            content = @Content(schema = @Schema(implementation = FactPage.class)))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exercises(@BeanParam FactFilterParams params, @Context UriInfo uri) throws SQLException {
        return list(params.toQuery(List.of("ExerciseHeld")), uri);
    }

    @GET
    @Path("recognitions")
    @Operation(summary = "Recognitions withheld", description = "RecognitionWithheld facts (withholder, target) "
            + "with sources. Example: /recognitions?actor=NOR")
    @APIResponse(responseCode = "200", description = "one page of non-recognitions",
            content = @Content(schema = @Schema(implementation = FactPage.class)))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recognitions(@BeanParam FactFilterParams params, @Context UriInfo uri) throws SQLException {
        return list(params.toQuery(List.of("RecognitionWithheld")), uri);
    }

    @GET
    @Path("facts")
    @Operation(summary = "Facts of every type", description = "All facts, optionally of some types "
            + "(type=DealSigned,ExerciseHeld). Example: /facts?pair=NOR,SWE&minSources=2&sort=-sources")
    @APIResponse(responseCode = "200", description = "one page of facts",
            content = @Content(schema = @Schema(implementation = FactPage.class)))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response all(@BeanParam FactFilterParams params,
                        @QueryParam("type") @Parameter(description = "fact types, repeated or comma-separated",
                                schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                                        enumeration = {"DealSigned", "ExerciseHeld", "RecognitionWithheld"}))
                        List<String> type,
                        @Context UriInfo uri) throws SQLException {
        return list(params.toQuery(Params.types(type)), uri);
    }

    @GET
    @Path("facts/{factId}")
    @Operation(summary = "One fact with all its sources")
    @APIResponse(responseCode = "200", description = "the fact",
            content = @Content(schema = @Schema(implementation = FactDto.class)))
    @APIResponse(responseCode = "404", description = "no such fact", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FactDto fact(@PathParam("factId") String factId) throws SQLException {
        return facts.byId(factId).orElseThrow(() -> ApiException.notFound("no fact with id '" + factId + "'"));
    }

    private Response list(FactQuery query, UriInfo uri) throws SQLException {
        long position = stream.position();
        FactRepository.Slice slice = facts.find(query);
        String nextCursor = slice.next() == null ? null : slice.next().encode();
        String next = nextCursor == null ? null : Links.withParam(uri, "cursor", nextCursor);
        return Response.ok(new Page<>(slice.facts(), nextCursor, next, query.limit()))
                .header(STREAM_POSITION_HEADER, position)
                .build();
    }

    /** For the OpenAPI document: a page of facts. */
    @Schema(name = "FactPage")
    public static final class FactPage {
        public List<FactDto> items;
        @Schema(nullable = true)
        public String nextCursor;
        @Schema(nullable = true)
        public String next;
        public int limit;
    }
}
