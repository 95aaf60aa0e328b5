package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.credence.api.QueryParameters;
import org.credence.api.problem.Problems;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.Draws;
import org.credence.inspection.boundary.Draws.Drawn;
import org.credence.inspection.boundary.Reason;
import org.credence.inspection.control.DrawInputs;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Draws by key: the published outcome, its targets, its frozen inputs, verification and cancellation. */
@Path("draws")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DrawsResource {

    @Inject
    Draws draws;

    @GET
    @Path("{key}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "A draw: commitment, seed once drawn, pool hash and figures")
    public DrawView find(@PathParam("key") String key, @HeaderParam("Accept-Language") String acceptLanguage) {
        return DrawView.of(draws.find(key), true, Problems.language(acceptLanguage));
    }

    @GET
    @Path("{key}/targets")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "A draw's targets in staffing order with tickets, grades and teams (paged by offset)")
    public List<TargetView> targets(
            @PathParam("key") String key, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return draws.targets(key, offset(offset), limit(limit)).stream()
                .map(t -> TargetView.of(t, true))
                .toList();
    }

    @GET
    @Path("{key}/inputs")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(
            summary =
                    "The draw's frozen inputs (pool with grades, exclusions, eligible inspectors): recompute it yourself")
    @APIResponse(
            responseCode = "200",
            description = "The inputs as they were frozen when the draw was made:"
                    + " rules (mode, ratios or quota, team sizes), the pool with grades, inspectors, conflicts, previous teams"
                    + " and exclusions (docs/inspections.md describes each field and how to recompute the draw)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description =
                                                    "The frozen inputs of docs/inspections.md: rules, pool, inspectors, conflicts,"
                                                            + " previous teams, exclusions")))
    public Response inputs(@PathParam("key") String key) {
        byte[] stored = draws.inputs(key);
        if (stored == null) {
            throw new NotFoundException("draw-not-drawn", Message.of("draw-has-no-inputs-it-has", key));
        }
        StreamingOutput body = out -> DrawInputs.copyDecompressed(stored, out);
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("{key}/verify")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Recompute the draw from its stored inputs and report every difference")
    public Verification verify(@PathParam("key") String key, @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale language = Problems.language(acceptLanguage);
        List<String> differences =
                draws.verify(key).stream().map(d -> d.in(language)).toList();
        return new Verification(key, differences.isEmpty(), differences);
    }

    /**
     * The result of a verification: {@code verified} when the recomputation matches everything stored; the
     * differences written in the caller's language (Accept-Language).
     */
    @Schema(name = "DrawVerification")
    public record Verification(String key, boolean verified, List<String> differences) {}

    @POST
    @Path("{key}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "Cancel a drawn draw with a reason (no result recorded yet); a replacement gets a new key")
    public DrawView cancel(@PathParam("key") String key, Reason reason) {
        Drawn cancelled = draws.cancel(key, reason);
        return DrawView.of(cancelled.draw(), true);
    }

    static int offset(String offset) {
        int n = QueryParameters.number("offset", offset, 0);
        if (n < 0) {
            throw new InvalidRequestException("offset", Message.of("must-be-or-more"));
        }
        return n;
    }

    static int limit(String limit) {
        int n = QueryParameters.number("limit", limit, 1000);
        if (n < 1 || n > 10_000) {
            throw new InvalidRequestException("limit", Message.of("range-1-to-10000"));
        }
        return n;
    }
}
