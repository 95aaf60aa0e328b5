package org.credence.api.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.credence.api.security.Allowed;
import org.credence.security.entity.Role;
import org.credence.violation.boundary.Decision;
import org.credence.violation.boundary.RecordLifecycle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Credit repair applications and their decisions by the deciding agency. */
@Path("repair-applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RepairApplicationsResource {

    @Inject
    RecordLifecycle lifecycle;

    @GET
    @Path("{id}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One credit repair application")
    public RepairApplicationView find(@PathParam("id") long id) {
        return RepairApplicationView.of(lifecycle.application(id));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Approve or reject a credit repair application with a reason")
    public RepairApplicationView decide(@PathParam("id") long id, Decision decision) {
        return RepairApplicationView.of(lifecycle.decide(id, decision));
    }
}
