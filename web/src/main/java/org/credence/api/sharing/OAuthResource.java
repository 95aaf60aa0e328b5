package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.credence.api.openapi.ApiDocument;
import org.credence.api.openapi.JsonWebKeyDocument;
import org.credence.api.security.Public;
import org.credence.platform.Message;
import org.credence.sharing.boundary.ApiClients;
import org.credence.sharing.boundary.ApiClients.ClientRefusedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

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
    @Public
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "grant_type=client_credentials with the client's credentials in HTTP Basic (RFC 6749 2.3.1)"
                    + " or as client_id and client_secret in the form: a short-lived RS256 access token")
    @SecurityRequirements
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = "grant_type",
                                            properties = {
                                                @SchemaProperty(
                                                        name = "grant_type",
                                                        type = SchemaType.STRING,
                                                        enumeration = "client_credentials"),
                                                @SchemaProperty(
                                                        name = "client_id",
                                                        type = SchemaType.STRING,
                                                        description = "The client's id, unless sent in HTTP Basic"),
                                                @SchemaProperty(
                                                        name = "client_secret",
                                                        type = SchemaType.STRING,
                                                        description = "The client's secret, unless sent in HTTP Basic")
                                            }),
                            examples = @ExampleObject(name = "credentials in the form", value = """
                        {"grant_type": "client_credentials", "client_id": "sta-3f9c2a", "client_secret": "s3cr3t"}
                        """)))
    @APIResponse(
            responseCode = "200",
            description = "An access token; send it as Authorization: Bearer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiClients.TokenResponse.class),
                            examples = @ExampleObject(name = "token", value = """
                            {"access_token": "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJzdGEifQ.c2lnbmF0dXJl",
                             "token_type": "Bearer", "expires_in": 300}
                            """)))
    @APIResponse(responseCode = "401", ref = ApiDocument.UNAUTHENTICATED)
    public Response token(
            @HeaderParam("Authorization") String authorization,
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String secret) {
        if (!"client_credentials".equals(grantType)) {
            throw new ClientRefusedException(
                    "unsupported_grant_type", Message.of("grant-type-must-be-client-credentials"));
        }
        String[] basic = basicCredentials(authorization);
        if (basic != null) {
            if (secret != null || clientId != null && !clientId.equals(basic[0])) {
                // RFC 6749 2.3: one way of authenticating per request
                throw new ClientRefusedException("invalid_request", Message.of("oauth.credentials-twice"));
            }
            clientId = basic[0];
            secret = basic[1];
        }
        return Response.ok(clients.token(clientId, secret))
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * The client id and secret of an HTTP Basic header, each form-urlencoded before encoding as RFC 6749
     * 2.3.1 says; null without Basic; refused when malformed.
     */
    static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw new ClientRefusedException("invalid_request", Message.of("oauth.basic-malformed"));
        }
        try {
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            throw new ClientRefusedException("invalid_request", Message.of("oauth.basic-malformed"));
        }
    }

    @GET
    @Path("jwks")
    @Public
    @Produces("application/jwk-set+json")
    @Operation(summary = "The public keys that verify access tokens now (RFC 7517)")
    @SecurityRequirements
    @APIResponse(
            responseCode = "200",
            description = "The JWK set",
            content =
                    @Content(
                            mediaType = "application/jwk-set+json",
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = "keys",
                                            properties =
                                                    @SchemaProperty(
                                                            name = "keys",
                                                            type = SchemaType.ARRAY,
                                                            description = "RSA public keys",
                                                            implementation = JsonWebKeyDocument.class))))
    public String jwks() {
        return clients.jwks();
    }
}
