package org.credence.api.credit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.credit.boundary.ScoringService;
import org.credence.credit.entity.StartedRun;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Scoring runs: start a full recompute by hand, and follow any run's progress. */
@Path("credit/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScoringRunsResource {

    @Inject
    ScoringService scoring;

    @Context
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    @POST
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Start a full recompute (202), or get the one already under way (200)")
    @APIResponse(
            responseCode = "202",
            description = "A new run is under way",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(
            responseCode = "200",
            description = "A run was already under way: that one",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    public Response start() {
        String caller = security.getUserPrincipal().getName();
        StartedRun started = scoring.requestFull(caller);
        return Response.status(started.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(RunView.of(started.run(), clock))
                .build();
    }

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "The latest runs, newest first (kind FULL or CHANGES)")
    @Parameter(
            name = "kind",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"FULL", "CHANGES"}))
    public List<RunView> latest(@QueryParam("kind") String kind, @QueryParam("limit") String limit) {
        String k = QueryParameters.text(kind);
        if (k != null && !List.of("FULL", "CHANGES").contains(k)) {
            throw new InvalidRequestException("kind", Message.of("must-be-full-or-changes"));
        }
        int n = QueryParameters.number("limit", limit, 20);
        if (n < 1 || n > 500) {
            throw new InvalidRequestException("limit", Message.of("range-1-to-500"));
        }
        return scoring.latest(k, n).stream().map(r -> RunView.of(r, clock)).toList();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "A run's progress: processed, total, rate and estimated time left")
    public RunView find(@PathParam("id") long id) {
        return RunView.of(scoring.find(id), clock);
    }
}
