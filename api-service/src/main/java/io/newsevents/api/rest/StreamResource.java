package io.newsevents.api.rest;

import io.newsevents.api.model.Problem;
import io.newsevents.api.model.StreamEvent;
import io.newsevents.api.query.ApiException;
import io.newsevents.api.query.Params;
import io.newsevents.api.stream.StreamFilter;
import io.newsevents.api.stream.StreamService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.List;

/** Server-Sent Events of new facts. */
@Path("/stream")
@Tag(name = "stream", description = "Live facts as Server-Sent Events, resumable with Last-Event-ID")
public class StreamResource {

    private final StreamService stream;

    public StreamResource(StreamService stream) {
        this.stream = stream;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live stream of new facts", description = "One SSE per event the store records: `id` is the "
            + "event log position, `event` the type (DealSigned, ExerciseHeld, RecognitionWithheld), `data` a "
            + "StreamEvent with the fact as it now stands. Reconnect with Last-Event-ID (browsers do it themselves) "
            + "to get every event after that id, none missed, none repeated. Without it the stream starts at "
            + "`after`, or at the newest event. Example: curl -N -H 'Last-Event-ID: 41' '/stream?actor=NOR'")
    @APIResponse(responseCode = "200", description = "text/event-stream of StreamEvent",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = StreamEvent.class)))
    @APIResponse(responseCode = "400", description = "a bad parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @HeaderParam("Last-Event-ID") @Parameter(description = "resume after this event id")
                       String lastEventId,
                       @QueryParam("after") @Parameter(description = "start after this position when there is no "
                               + "Last-Event-ID (e.g. the X-Stream-Position of a fact list)") String after,
                       @QueryParam("actor") @Parameter(description = "only facts naming one of these ISO codes",
                               schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
                       List<String> actor,
                       @QueryParam("type") @Parameter(description = "only these fact types",
                               schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                                       enumeration = {"DealSigned", "ExerciseHeld", "RecognitionWithheld"}))
                       List<String> type) {
        StreamFilter filter = new StreamFilter(new HashSet<>(Params.types(type)),
                new HashSet<>(Params.actors(actor, null)));
        Long start = lastEventId != null && !lastEventId.isBlank()
                ? position("Last-Event-ID", lastEventId)
                : Params.nonNegativeLong("after", after);
        // Answer the request (status, headers, a comment) on this thread before the poller thread may write to the
        // sink: the client sees the stream open at once, and the two threads never race to write the head.
        sink.send(sse.newEventBuilder().comment("connected").build());
        stream.subscribe(sink, sse, start, filter);
    }

    private static long position(String name, String value) {
        try {
            long position = Long.parseLong(value.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ApiException.badParameter(name, name + " must be an event id this stream sent (a position), got '"
                + value + "'");
    }
}
