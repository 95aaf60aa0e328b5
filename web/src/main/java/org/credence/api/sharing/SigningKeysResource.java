package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.credence.api.security.Allowed;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.ApiClients;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The keys that sign agencies' access tokens. */
@Path("signing-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeysResource {

    @Inject
    ApiClients clients;

    @POST
    @Path("rotation")
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "Signs with a new key from now on; the old one verifies until its tokens have expired")
    @APIResponse(
            responseCode = "200",
            description = "The key that signs from now on and every key that verifies",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"signingKey", "verifying"},
                                            properties = {
                                                @SchemaProperty(
                                                        name = "signingKey",
                                                        type = SchemaType.STRING,
                                                        description = "The new" + " key's id (kid)"),
                                                @SchemaProperty(
                                                        name = "verifying",
                                                        type = SchemaType.ARRAY,
                                                        implementation = String.class,
                                                        description = "The ids of the keys that verify tokens now")
                                            })))
    public Map<String, Object> rotate() {
        return clients.rotateKeys();
    }
}
