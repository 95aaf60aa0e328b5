package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credence.api.openapi.ApiDocument;
import org.credence.api.security.Allowed;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.Measures;
import org.credence.sharing.boundary.Measures.MeasureRequest;
import org.credence.sharing.boundary.Measures.MeasureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The catalogue of joint measures (联合奖惩): what each agency applies, under which legal basis, when a
 * business meets which trigger. Every role reads it; a SYSTEM_ADMIN adds to it.
 */
@Path("joint-measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeasuresResource {

    @Inject
    Measures measures;

    @GET
    @Allowed({
        Role.Names.SYSTEM_ADMIN,
        Role.Names.AGENCY_ADMIN,
        Role.Names.INSPECTOR,
        Role.Names.AUDITOR,
        Role.Names.AGENCY_CLIENT
    })
    @Operation(summary = "Every measure of the catalogue, in code order")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    public List<MeasureView> catalogue() {
        return measures.catalogue();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(
            summary =
                    "Adds a measure (trigger GRADE_D, SERIOUS_LIST, ABNORMAL_LIST or RECORD_CATEGORY with a category);"
                            + " the businesses that meet it today get their cases at once")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureView.class)))
    public Response create(MeasureRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(measures.create(request))
                .build();
    }
}
