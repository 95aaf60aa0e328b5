package org.credence.api.agency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credence.agency.boundary.AgencyDirectory;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.CapRequest;
import org.credence.inspection.boundary.InspectionCaps;
import org.credence.inspection.control.AnnualCap;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The agencies taking part in credit supervision. */
@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Inject
    AgencyDirectory agencies;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "The agencies taking part in credit supervision")
    public List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @Inject
    InspectionCaps caps;

    /** The agency's published cap on inspections per enterprise and year (国办发〔2024〕54号); 404 when it has none. */
    @GET
    @Path("{code}/inspection-caps")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "The agency's published cap on inspections per enterprise and year")
    public AnnualCap cap(@PathParam("code") String code) {
        AnnualCap cap = caps.find(code);
        if (cap == null) {
            throw new NotFoundException("inspection-cap-not-found", Message.of("cap.none", code));
        }
        return cap;
    }

    /** Publishes or replaces the cap: the agency's administrator, or a system administrator. */
    @PUT
    @Path("{code}/inspection-caps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Publish or replace the agency's annual inspection cap")
    public AnnualCap publishCap(@PathParam("code") String code, CapRequest request) {
        return caps.publish(code, request);
    }

    /** Withdraws the cap: only the items' own caps apply again. */
    @DELETE
    @Path("{code}/inspection-caps")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Withdraw the agency's cap: only the items' own caps apply again")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdrawCap(@PathParam("code") String code) {
        if (!caps.withdraw(code)) {
            throw new NotFoundException("inspection-cap-not-found", Message.of("cap.none", code));
        }
        return Response.noContent().build();
    }
}
