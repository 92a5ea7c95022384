package io.newsevents.api.rest;

import io.newsevents.api.iso.IsoCountries;
import io.newsevents.api.model.ActorProfile;
import io.newsevents.api.model.CurrencyTotal;
import io.newsevents.api.model.FactGroup;
import io.newsevents.api.model.Problem;
import io.newsevents.api.model.RecognitionStance;
import io.newsevents.api.model.Relation;
import io.newsevents.api.query.ApiException;
import io.newsevents.api.query.FactQuery;
import io.newsevents.api.query.Params;
import io.newsevents.api.repository.FactRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;
import java.util.List;

/** Profiles of states and of pairs of states. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "actors", description = "What one state, or one pair of states, is party to")
public class ActorResource {

    static final int DEFAULT_GROUP_LIMIT = 20;

    private final FactRepository facts;

    public ActorResource(FactRepository facts) {
        this.facts = facts;
    }

    @GET
    @Path("actors/{iso3}")
    @Operation(summary = "Profile of one state", description = "Partners (with counts per fact type), deals with "
            + "totals per currency, exercises, and non-recognition in both directions. Each list holds the most "
            + "recent `limit` facts; `more` links to the full paginated list. Example: /actors/NOR")
    @APIResponse(responseCode = "200", description = "the profile (empty lists for a state without facts)",
            content = @Content(schema = @Schema(implementation = ActorProfile.class)))
    @APIResponse(responseCode = "400", description = "not a three-letter code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "not an ISO 3166-1 alpha-3 code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ActorProfile actor(
            @PathParam("iso3") @Parameter(description = "ISO 3166-1 alpha-3 code", example = "NOR") String iso3,
            @QueryParam("limit") @Parameter(description = "facts per list, 1..500, default 20") String limit)
            throws SQLException {
        String code = Params.pathIso3(iso3);
        int size = Params.limit(limit, DEFAULT_GROUP_LIMIT);
        List<String> me = List.of(code);
        FactQuery deals = FactQuery.ofTypes(List.of("DealSigned"), me, size);
        List<FactRepository.Counted> groups = facts.counted(List.of(
                FactRepository.Selection.of(deals),
                FactRepository.Selection.of(FactQuery.ofTypes(List.of("ExerciseHeld"), me, size)),
                FactRepository.Selection.recognitions(code, null),
                FactRepository.Selection.recognitions(null, code)), size);
        return new ActorProfile(code, name(code), facts.partners(code),
                group(groups.get(0), facts.totals(deals), "/deals?actor=" + code),
                group(groups.get(1), null, "/exercises?actor=" + code),
                new RecognitionStance(
                        group(groups.get(2), null, "/recognitions?actor=" + code),
                        group(groups.get(3), null, "/recognitions?actor=" + code)));
    }

    @GET
    @Path("relations/{a}/{b}")
    @Operation(summary = "Everything between two states", description = "Deals (with totals per currency) and "
            + "exercises both take part in, and non-recognition in each direction. Example: /relations/NOR/SWE")
    @APIResponse(responseCode = "200", description = "the relation (empty lists when they share no fact)",
            content = @Content(schema = @Schema(implementation = Relation.class)))
    @APIResponse(responseCode = "400", description = "not a three-letter code, or a == b", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "not an ISO 3166-1 alpha-3 code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Relation relation(
            @PathParam("a") @Parameter(example = "NOR") String a,
            @PathParam("b") @Parameter(example = "SWE") String b,
            @QueryParam("limit") @Parameter(description = "facts per list, 1..500, default 20") String limit)
            throws SQLException {
        String first = Params.pathIso3(a);
        String second = Params.pathIso3(b);
        if (first.equals(second)) {
            throw ApiException.badParameter("b", "a relation needs two different states, got " + first + " twice");
        }
        int size = Params.limit(limit, DEFAULT_GROUP_LIMIT);
        List<String> pair = List.of(first, second);
        String pairParam = "pair=" + first + "," + second;
        FactQuery deals = FactQuery.ofTypes(List.of("DealSigned"), pair, size);
        List<FactRepository.Counted> groups = facts.counted(List.of(
                FactRepository.Selection.of(deals),
                FactRepository.Selection.of(FactQuery.ofTypes(List.of("ExerciseHeld"), pair, size)),
                FactRepository.Selection.recognitions(first, second),
                FactRepository.Selection.recognitions(second, first)), size);
        return new Relation(first, second, name(first), name(second),
                group(groups.get(0), facts.totals(deals), "/deals?" + pairParam),
                group(groups.get(1), null, "/exercises?" + pairParam),
                new RecognitionStance(
                        group(groups.get(2), null, "/recognitions?" + pairParam),
                        group(groups.get(3), null, "/recognitions?" + pairParam)));
    }

    private static FactGroup group(FactRepository.Counted counted, List<CurrencyTotal> totals, String more) {
        return new FactGroup(counted.count(), totals, counted.facts(), more);
    }

    private static String name(String iso3) {
        return IsoCountries.name(iso3).orElseGet(() -> iso3);
    }
}
