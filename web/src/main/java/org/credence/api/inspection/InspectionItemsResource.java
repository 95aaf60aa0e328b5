package org.credence.api.inspection;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.boundary.ItemRequest;
import org.credence.inspection.entity.Item;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The item list (抽查事项清单): what may be inspected, on which legal basis, by whom and how often. */
@Path("inspection-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectionItemsResource {

    @Inject
    InspectionDirectory directory;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.INSPECTOR})
    @Operation(summary = "The item list, optionally of one agency")
    public List<Item> list(@QueryParam("agency") String agency) {
        return directory.items(QueryParameters.text(agency));
    }

    @GET
    @Path("{code}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.INSPECTOR})
    @Operation(summary = "One item")
    public Item find(@PathParam("code") String code) {
        return directory.item(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Add an item to the list (an agency administrator adds their own agency's)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Item.class)))
    public Response create(ItemRequest request) {
        Item item = directory.createItem(request);
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Change an item (its code and agency stay)")
    public Item update(@PathParam("code") String code, ItemRequest request) {
        return directory.updateItem(code, request);
    }
}
