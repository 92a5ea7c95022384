package io.newsevents.store.rest;

import io.newsevents.store.service.AdminOperations;
import io.newsevents.store.service.AsOfService;
import io.newsevents.store.service.OperationStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/** Operations on the store: rebuild the projections, re-extract every article, read the state as of a time. */
@Path("/admin")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final AdminOperations operations;
    private final AsOfService asOf;

    public AdminResource(AdminOperations operations, AsOfService asOf) {
        this.operations = operations;
        this.asOf = asOf;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Drop the projections and rebuild them from the event and extraction logs",
            description = "Runs in the background; 202 with the status, 409 when a rebuild is under way.")
    public Response startRebuild() {
        return start(operations::startRebuild, "rebuild");
    }

    @GET
    @Path("/rebuild")
    @Operation(summary = "Progress of the last rebuild")
    public OperationStatus rebuildStatus() {
        return operations.rebuildStatus();
    }

    @POST
    @Path("/reextract")
    @Operation(summary = "Re-extract every stored article with the current extractor",
            description = "Republishes the latest record of each article id on the articles topic; extract-service"
                    + " extracts them again and its markers retire the claims it no longer makes.")
    public Response startReextract() {
        return start(operations::startReextract, "re-extraction");
    }

    @GET
    @Path("/reextract")
    @Operation(summary = "Progress of the last re-extraction request")
    public OperationStatus reextractStatus() {
        return operations.reextractStatus();
    }

    @GET
    @Path("/facts")
    @Operation(summary = "Facts as known at a time, replayed from the logs",
            description = "Without asOf: the current state computed from the logs (what a rebuild would write).")
    public Response facts(
            @Parameter(description = "ISO instant or offset date-time, e.g. 2026-01-31T12:00:00Z")
            @QueryParam("asOf") String asOfParam,
            @Parameter(description = "DealSigned, ExerciseHeld or RecognitionWithheld") @QueryParam("type") String type,
            @Parameter(description = "actor key: ISO 3166-1 alpha-3 code, or the case-folded name")
            @QueryParam("actor") String actor,
            @Parameter(description = "facts dated on or after this day (yyyy-MM-dd)") @QueryParam("from") String from,
            @Parameter(description = "facts dated on or before this day (yyyy-MM-dd)") @QueryParam("to") String to)
            throws SQLException {
        Instant at;
        LocalDate fromDay;
        LocalDate toDay;
        try {
            at = asOfParam == null || asOfParam.isBlank() ? null : OffsetDateTime.parse(asOfParam.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid asOf",
                    "asOf must be an ISO date-time with an offset, e.g. 2026-01-31T12:00:00Z; got '" + asOfParam + "'");
        }
        try {
            fromDay = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
            toDay = to == null || to.isBlank() ? null : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid date range",
                    "from and to must be ISO days (yyyy-MM-dd)");
        }
        List<FactView> facts = asOf.facts(at, blankToNull(type), blankToNull(actor), fromDay, toDay).stream()
                .map(FactView::of).collect(Collectors.toList());
        return Response.ok(facts).build();
    }

    private interface Starter {
        OperationStatus start();
    }

    private static Response start(Starter starter, String what) {
        try {
            return Response.accepted(starter.start()).build();
        } catch (IllegalStateException e) {
            return Problem.response(Response.Status.CONFLICT, "Already running", "a " + what + " is under way");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
