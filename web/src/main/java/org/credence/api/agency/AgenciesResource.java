package org.credence.api.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.agency.boundary.AgencyDirectory;
import org.credence.security.entity.Role;

/** The agencies taking part in credit supervision. */
@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Inject
    AgencyDirectory agencies;

    @GET
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    public List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }
}
