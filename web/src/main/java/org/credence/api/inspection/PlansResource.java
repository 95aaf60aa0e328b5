package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.api.QueryParameters;
import org.credence.api.problem.Problems;
import org.credence.api.security.Allowed;
import org.credence.credit.entity.Grade;
import org.credence.inspection.boundary.Draws;
import org.credence.inspection.boundary.Draws.Drawn;
import org.credence.inspection.boundary.InspectionPlans;
import org.credence.inspection.boundary.InspectionPlans.Published;
import org.credence.inspection.boundary.PlanRequest;
import org.credence.inspection.boundary.Reason;
import org.credence.inspection.control.GradeCoverage;
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

/**
 * Inspection plans: DRAFT, PUBLISHED (the first draw's seed commitment is public), DRAWN,
 * IN_PROGRESS, COMPLETED, or CANCELLED with a reason; and their draws.
 */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    static final List<String> STATUSES =
            List.of("DRAFT", "PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED", "CANCELLED");

    @Inject
    InspectionPlans plans;

    @Inject
    Draws draws;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Plans, newest first, optionally of one status")
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"DRAFT", "PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED", "CANCELLED"}))
    public List<PlanView> list(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        String s = QueryParameters.text(status);
        if (s != null && !STATUSES.contains(s)) {
            throw new InvalidRequestException("status", Message.of("must-be-one-of", String.join(", ", STATUSES)));
        }
        int n = QueryParameters.number("limit", limit, 100);
        if (n < 1 || n > 1000) {
            throw new InvalidRequestException("limit", Message.of("range-1-to-1000"));
        }
        return plans.list(s == null ? null : List.of(s), n).stream()
                .map(PlanView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One plan")
    public PlanView find(@PathParam("id") long id) {
        return PlanView.of(plans.find(id));
    }

    /** A plan's selection against the grades of its model; {@code neverDrawn}: grades with members it draws none of. */
    public record GradeCoverageView(
            long model,
            LocalDate asOf,
            Map<String, Long> members,
            Map<String, Integer> drawn,

            @Schema(type = SchemaType.ARRAY, implementation = Grade.class)
            List<String> neverDrawn) {}

    @GET
    @Path("{id}/grade-coverage")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(
            summary =
                    "The grades of the plan's model at its latest full run, how many of each the plan would draw, and the grades with members it would draw none of (validation could never check those)")
    public GradeCoverageView gradeCoverage(@PathParam("id") long id) {
        GradeCoverage.Coverage c = plans.gradeCoverage(id);
        Map<String, Long> members = new LinkedHashMap<>();
        c.members().forEach((g, n) -> members.put(g.name(), n));
        Map<String, Integer> drawn = new LinkedHashMap<>();
        c.drawn().forEach((g, n) -> drawn.put(g.name(), n));
        return new GradeCoverageView(
                c.modelId(),
                c.asOf(),
                members,
                drawn,
                c.neverDrawn().stream().map(Enum::name).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Draft a plan (the administrator's agency leads)")
    @APIResponse(
            responseCode = "201",
            description = "The draft plan",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response create(PlanRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(PlanView.of(plans.create(request)))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Edit a DRAFT plan")
    public PlanView update(@PathParam("id") long id, PlanRequest request) {
        return PlanView.of(plans.update(id, request));
    }

    @POST
    @Path("{id}/publication")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Publish a plan: its first draw is scheduled and its seed commitment becomes public")
    public DrawView publish(@PathParam("id") long id) {
        Published published = plans.publish(id);
        return DrawView.of(published.draw(), true);
    }

    @GET
    @Path("{id}/consent")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(
            summary = "A joint plan's participating agencies and which have confirmed it; it is published only when"
                    + " every one has")
    public InspectionPlans.ConsentState consents(@PathParam("id") long id) {
        return plans.consents(id);
    }

    @POST
    @Path("{id}/consent")
    @Allowed(Role.Names.AGENCY_ADMIN)
    @Operation(summary = "An administrator of a participating agency confirms the draft joint plan for their agency")
    public InspectionPlans.ConsentState consent(@PathParam("id") long id) {
        return plans.consent(id);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Cancel a plan with a reason; its scheduled draw is cancelled")
    public PlanView cancel(@PathParam("id") long id, Reason reason) {
        return PlanView.of(plans.cancel(id, reason));
    }

    @GET
    @Path("{id}/draws")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "A plan's draws: scheduled, drawn and cancelled")
    public List<DrawView> draws(@PathParam("id") long id, @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale language = Problems.language(acceptLanguage);
        return plans.draws(id).stream().map(d -> DrawView.of(d, true, language)).toList();
    }

    @POST
    @Path("{id}/draws")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(
            summary = "Draw the plan's current period now (201), or get its draw if it is drawn (200);"
                    + " optional public entropy joins the seed")
    @APIResponse(
            responseCode = "201",
            description = "Drawn now",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrawView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already drawn: the draw as it was made",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrawView.class)))
    public Response draw(@PathParam("id") long id, @QueryParam("publicEntropy") String publicEntropy) {
        Drawn drawn = draws.drawByRequest(id, publicEntropy);
        return Response.status(drawn.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(DrawView.of(drawn.draw(), true))
                .build();
    }
}
