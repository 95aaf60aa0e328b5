package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Public;
import org.credence.inspection.boundary.PublicInspections;
import org.credence.inspection.entity.Plan;
import org.credence.platform.Message;
import org.credence.web.PublicResultView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * "One public" (一公开): plans, draws and results for anyone, without signing in. Inspector codes,
 * never names; no business's credit grade; a draw's seed only after the draw.
 */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class PublicInspectionsResource {

    @Inject
    PublicInspections inspections;

    @GET
    @Path("plans")
    @Operation(summary = "Published plans, newest first")
    @SecurityRequirements
    public List<PublicPlanView> plans(@QueryParam("limit") String limit) {
        return inspections.plans(DrawsResource.limit(limit)).stream()
                .map(p -> PublicPlanView.of(p, inspections.draws(p.id())))
                .toList();
    }

    @GET
    @Path("plans/{id}")
    @Operation(summary = "A published plan with its draws")
    @SecurityRequirements
    public PublicPlanView plan(@PathParam("id") long id) {
        Plan p = inspections.plan(id);
        return PublicPlanView.of(p, inspections.draws(id));
    }

    @GET
    @Path("draws/{key}")
    @Operation(summary = "A draw: commitment, and once drawn the seed, pool hash and figures")
    @SecurityRequirements
    public DrawView draw(@PathParam("key") String key) {
        return DrawView.of(inspections.draw(key), false);
    }

    @GET
    @Path("draws/{key}/targets")
    @Operation(summary = "A drawn draw's targets with tickets and teams (inspector codes), paged by offset")
    @SecurityRequirements
    public List<TargetView> targets(
            @PathParam("key") String key, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return inspections.targets(key, DrawsResource.offset(offset), DrawsResource.limit(limit)).stream()
                .map(t -> TargetView.of(t, false))
                .toList();
    }

    @GET
    @Path("results")
    @Operation(summary = "Published inspection results, newest first; optionally of one business (uscc) or plan")
    @SecurityRequirements
    public List<PublicResultView> results(
            @QueryParam("uscc") String uscc, @QueryParam("plan") String plan, @QueryParam("limit") String limit) {
        int n = QueryParameters.number("limit", limit, 100);
        if (n < 1 || n > 500) {
            throw new org.credence.platform.InvalidRequestException("limit", Message.of("range-1-to-500"));
        }
        return inspections.results(QueryParameters.text(uscc), QueryParameters.optionalLong("plan", plan), n).stream()
                .map(PublicResultView::of)
                .toList();
    }
}
