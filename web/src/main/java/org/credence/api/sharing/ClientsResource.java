package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.credence.api.security.Allowed;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.ApiClients;
import org.credence.sharing.boundary.ApiClients.AgreementRequest;
import org.credence.sharing.boundary.ApiClients.ClientRequest;
import org.credence.sharing.boundary.ApiClients.ClientView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Agencies' API clients and their data-sharing agreements; registered by a SYSTEM_ADMIN. */
@Path("clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    public record StatusRequest(
            @Schema(
                    required = true,
                    enumeration = {"ACTIVE", "DISABLED"})
            String status) {}

    @Inject
    ApiClients clients;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "Registers an agency's system; the answer holds its secret, which is never shown again")
    @APIResponse(
            responseCode = "201",
            description = "The client with its secret, shown this once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClientView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the new resource is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response register(ClientRequest request) {
        ClientView client = clients.register(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(client.clientId()).build())
                .entity(client)
                .build();
    }

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Every agency system registered as an API client, with its agreement (never its secret)")
    public List<ClientView> all() {
        return clients.all();
    }

    @GET
    @Path("{clientId}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One API client with its agreement")
    public ClientView find(@PathParam("clientId") String clientId) {
        return clients.find(clientId);
    }

    @PUT
    @Path("{clientId}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(
            summary = "What the client may read (SCORE, EXPLANATION, RECORDS, LISTS, INSPECTIONS) under which models")
    public ClientView agreement(@PathParam("clientId") String clientId, AgreementRequest request) {
        return clients.setAgreement(clientId, request);
    }

    @PUT
    @Path("{clientId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "ACTIVE or DISABLED; a disabled client's tokens stop working at once")
    public ClientView status(@PathParam("clientId") String clientId, StatusRequest request) {
        if (request == null || !("ACTIVE".equals(request.status()) || "DISABLED".equals(request.status()))) {
            throw new InvalidRequestException("status", Message.of("must-be-active-or-disabled"));
        }
        return clients.setStatus(clientId, "ACTIVE".equals(request.status()));
    }

    @POST
    @Path("{clientId}/secret")
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "A new secret, shown once; the old one stops working")
    public ClientView newSecret(@PathParam("clientId") String clientId) {
        return clients.newSecret(clientId);
    }
}
