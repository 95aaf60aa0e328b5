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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.openapi.ApiDocument;
import org.credence.api.security.Allowed;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.Subscriptions;
import org.credence.sharing.boundary.Subscriptions.SubscriptionRequest;
import org.credence.sharing.boundary.Subscriptions.SubscriptionView;
import org.credence.sharing.entity.Delivery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Webhook subscriptions: an agency's client (or a SYSTEM_ADMIN for it) subscribes a URL to kinds of
 * change; a SYSTEM_ADMIN approves it; deliveries are signed with the subscription's secret.
 */
@Path("subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    public record DecisionRequest(
            @Schema(
                    required = true,
                    enumeration = {"APPROVED", "SUSPENDED"})
            String status) {}

    @Inject
    Subscriptions subscriptions;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.AGENCY_CLIENT, Role.Names.SYSTEM_ADMIN})
    @Operation(
            summary = "Subscribes a URL to kinds of change; PENDING until approved; the answer holds the HMAC secret,"
                    + " shown once")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @APIResponse(
            responseCode = "201",
            description = "The subscription with its HMAC secret, shown this once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the new resource is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(SubscriptionRequest request) {
        SubscriptionView created = subscriptions.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Allowed({Role.Names.AGENCY_CLIENT, Role.Names.SYSTEM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "A client's own subscriptions; every subscription for administrators and auditors")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    public List<SubscriptionView> all() {
        return subscriptions.all();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.AGENCY_CLIENT, Role.Names.SYSTEM_ADMIN, Role.Names.AUDITOR})
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @Operation(summary = "One webhook subscription")
    public SubscriptionView find(@PathParam("id") String id) {
        return subscriptions.find(QueryParameters.longNumber("id", id, 0));
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "APPROVED (deliveries start with the next change) or SUSPENDED")
    public SubscriptionView decide(@PathParam("id") String id, DecisionRequest request) {
        return subscriptions.decide(QueryParameters.longNumber("id", id, 0), request == null ? null : request.status());
    }

    @GET
    @Path("{id}/deliveries")
    @Allowed({Role.Names.AGENCY_CLIENT, Role.Names.SYSTEM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Deliveries, newest first; status=DEAD lists the dead letters")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"PENDING", "DELIVERED", "DEAD"}))
    public List<Delivery> deliveries(
            @PathParam("id") String id, @QueryParam("status") String status, @QueryParam("limit") String limit) {
        return subscriptions.deliveries(
                QueryParameters.longNumber("id", id, 0),
                QueryParameters.text(status),
                QueryParameters.number("limit", limit, 100));
    }

    @POST
    @Path("deliveries/{deliveryId}/replay")
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "Sends a dead letter again, with a fresh count of attempts")
    public Delivery replay(@PathParam("deliveryId") String deliveryId) {
        return subscriptions.replay(QueryParameters.longNumber("deliveryId", deliveryId, 0));
    }
}
