package org.credence.api.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credence.platform.Message;
import org.credence.sharing.boundary.ApiClients;
import org.credence.sharing.boundary.ApiClients.ClientRefusedException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * OAuth 2.0 client credentials for agencies' systems: the token endpoint and the public keys that
 * verify the tokens. Everything under /oauth is open (web.xml); nothing here needs a signed-in caller.
 */
@Path("oauth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OAuthResource {

    @Inject
    ApiClients clients;

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "grant_type=client_credentials with client_id and client_secret in the form: a short-lived"
            + " RS256 access token")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String secret) {
        if (!"client_credentials".equals(grantType)) {
            throw new ClientRefusedException("unsupported_grant_type", Message.of("grant-type-must-be-client-credentials"));
        }
        return Response.ok(clients.token(clientId, secret)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("jwks")
    @PermitAll
    @Produces("application/jwk-set+json")
    @Operation(summary = "The public keys that verify access tokens now (RFC 7517)")
    public String jwks() {
        return clients.jwks();
    }
}
