package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.credence.api.QueryParameters;
import org.credence.api.openapi.ApiDocument;
import org.credence.api.security.Allowed;
import org.credence.platform.Page;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.Measures;
import org.credence.sharing.boundary.Measures.CaseView;
import org.credence.sharing.boundary.Measures.FeedbackRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Joint measures' cases: a business meeting a measure's trigger (DUE) until the trigger ends
 * (LIFTED). An agency sees the cases of the measures it applies and of those it leads; the applying
 * agency reports whether it applied the measure.
 */
@Path("measure-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeasureCasesResource {

    @Inject
    Measures measures;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.AGENCY_CLIENT})
    @Operation(summary = "Cases newest first, optionally of one status (DUE, LIFTED); overseers may name an agency")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"DUE", "LIFTED"}))
    public Page<CaseView> cases(
            @QueryParam("status") String status,
            @QueryParam("agency") String agency,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return measures.cases(
                QueryParameters.text(agency),
                QueryParameters.text(status),
                QueryParameters.number("page", page, 0),
                QueryParameters.number("size", size, 20));
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.AGENCY_CLIENT})
    @Operation(summary = "One case with the applying agency's feedback")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    public CaseView find(@PathParam("id") long id) {
        return measures.measureCase(id);
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.AGENCY_ADMIN, Role.Names.AGENCY_CLIENT})
    @Operation(summary = "The applying agency reports APPLIED, or NOT_APPLICABLE with a reason, on a DUE case")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    public CaseView feedback(@PathParam("id") long id, FeedbackRequest request) {
        return measures.feedback(id, request);
    }
}
