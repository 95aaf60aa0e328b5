package org.credence.api.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.AuditTrail;
import org.credence.sharing.boundary.AuditTrail.EntryView;
import org.credence.sharing.control.AuditLog;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The hash-chained audit log of lookups and administrative changes, for auditors. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.SYSTEM_ADMIN})
    @Operation(summary = "Sealed entries, newest first; target= narrows to one USCC or client, before= pages back")
    public List<EntryView> entries(@QueryParam("target") String target, @QueryParam("before") String before,
                                   @QueryParam("limit") String limit) {
        Long cursor = before == null ? null : QueryParameters.longNumber("before", before, 0);
        return audit.entries(target, cursor, QueryParameters.number("limit", limit, 100));
    }

    @POST
    @Path("verification")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.SYSTEM_ADMIN})
    @Operation(summary = "Seals what is committed and recomputes the whole chain; names the first broken entry")
    public AuditLog.Verification verify() {
        return audit.verify();
    }
}
