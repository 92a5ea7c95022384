package io.newsevents.api.rest;

import io.newsevents.api.model.EventLogEntry;
import io.newsevents.api.model.Page;
import io.newsevents.api.model.Problem;
import io.newsevents.api.query.ApiException;
import io.newsevents.api.query.Params;
import io.newsevents.api.repository.EventLogRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** The raw event log: what the store received, per article or per time range. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events", description = "The append-only event log the facts are projected from")
public class EventResource {

    private final EventLogRepository events;

    public EventResource(EventLogRepository events) {
        this.events = events;
    }

    @GET
    @Path("articles/{articleId}/events")
    @Operation(summary = "Events read from one article", description = "Every event the store recorded for the "
            + "article, in order of arrival, with its payload exactly as received. An article the store has no "
            + "event for gives an empty list (the store does not know articles without events).")
    @APIResponse(responseCode = "200", description = "the events",
            content = @Content(schema = @Schema(implementation = EventLogEntry.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<EventLogEntry> byArticle(@PathParam("articleId") @Parameter(example = "a-1f2e3d") String articleId)
            throws SQLException {
        if (articleId == null || articleId.isBlank() || articleId.length() > 512) {
            throw ApiException.badParameter("articleId", "articleId must be 1..512 characters");
        }
        return events.byArticle(articleId);
    }

    @GET
    @Path("events")
    @Operation(summary = "The event log for a time range", description = "Events recorded in [from, to), in order "
            + "of arrival (position). Page with `after` (= nextCursor, a position). "
            + "Example: /events?from=2026-01-01T00:00:00Z&to=2026-01-02&limit=100")
    @APIResponse(responseCode = "200", description = "one page of events",
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<EventLogEntry> range(
            @QueryParam("from") @Parameter(description = "recorded at or after (ISO date-time or date, UTC)",
                    example = "2026-01-01T00:00:00Z") String from,
            @QueryParam("to") @Parameter(description = "recorded before (ISO date-time; a date means the end of "
                    + "that day)", example = "2026-01-02") String to,
            @QueryParam("after") @Parameter(description = "only events after this position (nextCursor of the "
                    + "previous page, or an SSE id)") String after,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") String limit,
            @Context UriInfo uri) throws SQLException {
        OffsetDateTime fromTime = Params.instant("from", from, false);
        OffsetDateTime toTime = Params.instant("to", to, true);
        if (fromTime != null && toTime != null && fromTime.isAfter(toTime)) {
            throw ApiException.badParameter("from", "from is after to");
        }
        Long afterPosition = Params.nonNegativeLong("after", after);
        int size = Params.limit(limit, Params.DEFAULT_LIMIT);
        List<EventLogEntry> page = events.range(fromTime, toTime, afterPosition == null ? 0 : afterPosition,
                size + 1);
        String nextCursor = null;
        String next = null;
        if (page.size() > size) {
            page = page.subList(0, size);
            nextCursor = Long.toString(page.get(size - 1).position());
            next = Links.withParam(uri, "after", nextCursor);
        }
        return new Page<>(page, nextCursor, next, size);
    }

    /** For the OpenAPI document: a page of events. */
    @Schema(name = "EventPage")
    public static final class EventPage {
        public List<EventLogEntry> items;
        @Schema(nullable = true)
        public String nextCursor;
        @Schema(nullable = true)
        public String next;
        public int limit;
    }
}
