package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.Assignments;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Oversight of results: unpublished ones by deadline, and abnormal-list candidates found unreachable. */
@Path("inspection-results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResultsResource {

    @Inject
    Assignments assignments;

    @GET
    @Path("unpublished")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Recorded results not yet published; deadline=DUE_SOON or OVERDUE for the flagged ones")
    @Parameter(
            name = "deadline",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"DUE_SOON", "OVERDUE"}))
    public List<OversightView> unpublished(@QueryParam("deadline") String deadline, @QueryParam("limit") String limit) {
        String flag = QueryParameters.text(deadline);
        if (flag != null && !List.of("DUE_SOON", "OVERDUE").contains(flag)) {
            throw new InvalidRequestException("deadline", Message.of("must-be-due-soon-or-overdue"));
        }
        return assignments.unpublished(flag, DrawsResource.limit(limit)).stream()
                .map(OversightView::of)
                .toList();
    }

    @GET
    @Path("abnormal-list-candidates")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Businesses not reachable at their registered address and not yet on the abnormal list")
    public List<OversightView> abnormalListCandidates(@QueryParam("limit") String limit) {
        return assignments.abnormalListCandidates(DrawsResource.limit(limit)).stream()
                .map(OversightView::of)
                .toList();
    }

    @POST
    @Path("deadline-check")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Run the daily publicity-deadline check now (it also runs on its schedule)")
    @APIResponse(responseCode = "202", description = "The check is under way")
    public Response checkDeadlines() {
        assignments.requestDeadlineCheck();
        return Response.accepted().build();
    }
}
