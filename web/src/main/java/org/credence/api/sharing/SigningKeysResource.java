package org.credence.api.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.ApiClients;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The keys that sign agencies' access tokens. */
@Path("signing-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeysResource {

    @Inject
    ApiClients clients;

    @POST
    @Path("rotation")
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "Signs with a new key from now on; the old one verifies until its tokens have expired")
    public Map<String, Object> rotate() {
        return clients.rotateKeys();
    }
}
