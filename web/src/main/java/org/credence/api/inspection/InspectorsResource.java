package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.ConflictRequest;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.boundary.InspectorRequest;
import org.credence.inspection.entity.Conflict;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The inspector directory (执法检查人员名录库) with qualifications and declared conflicts of interest. */
@Path("inspectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectorsResource {

    @Inject
    InspectionDirectory directory;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "The inspector directory, optionally of one agency")
    public List<InspectorEntry> list(@QueryParam("agency") String agency) {
        return directory.inspectors(QueryParameters.text(agency));
    }

    @GET
    @Path("{code}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One inspector with qualifications")
    public InspectorEntry find(@PathParam("code") String code) {
        return directory.inspector(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Register an inspector of the administrator's agency")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InspectorEntry.class)))
    public Response create(InspectorRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(directory.createInspector(request))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Change an inspector: status, jurisdiction, certificate, qualifications, cap")
    public InspectorEntry update(@PathParam("code") String code, InspectorRequest request) {
        return directory.updateInspector(code, request);
    }

    @GET
    @Path("{code}/conflicts")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "An inspector's declared conflicts of interest")
    public List<Conflict> conflicts(@PathParam("code") String code) {
        return directory.conflicts(code);
    }

    @POST
    @Path("{code}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Declare a conflict of interest: the inspector is never drawn for that business")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Conflict.class)))
    public Response declare(@PathParam("code") String code, ConflictRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(directory.declareConflict(code, request))
                .build();
    }
}
