package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.InformationChecks;
import org.credence.inspection.boundary.InformationChecks.Coverage;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The checks of the information enterprises publish (企业公示信息抽查): the share of businesses by
 * entity type an agency's information-check plans have checked this year and will check, against 3 %.
 */
@Path("information-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InformationChecksResource {

    @Inject
    InformationChecks checks;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.INSPECTOR})
    @Operation(
            summary =
                    "This year's information checks of an agency (the caller's own when none is named), by entity type")
    public Coverage coverage(@QueryParam("agency") String agency) {
        return checks.coverage(QueryParameters.text(agency));
    }
}
