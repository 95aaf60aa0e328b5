package org.credence.api.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.credence.api.security.Allowed;
import org.credence.security.entity.Role;
import org.credence.violation.boundary.CreditLists;
import org.credence.violation.boundary.ListEntryRequest;
import org.credence.violation.boundary.ListRemovalRequest;
import org.credence.violation.boundary.ListRenewalRequest;
import org.credence.web.ListEntryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Entries on the abnormal operations list and the serious illegal and dishonest list. */
@Path("list-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ListEntriesResource {

    @Inject
    CreditLists lists;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Put a business on a credit list with the decision behind it")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ListEntryView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the new resource is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response enter(ListEntryRequest request) {
        ListEntryView entry = ListEntryView.of(lists.enter(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(entry.id()))
                        .build())
                .entity(entry)
                .build();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "One credit-list entry")
    public ListEntryView find(@PathParam("id") long id) {
        return ListEntryView.of(lists.find(id));
    }

    @POST
    @Path("{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Remove a business from a list with a reason")
    public ListEntryView remove(@PathParam("id") long id, ListRemovalRequest request) {
        return ListEntryView.of(lists.remove(id, request));
    }

    /** Keeps a business on the serious list for another 3 years (before the entry's end). */
    @POST
    @Path("{id}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Renew a list entry's period")
    public ListEntryView renew(@PathParam("id") long id, ListRenewalRequest request) {
        return ListEntryView.of(lists.renew(id, request));
    }

    /**
     * Ends now every serious-list entry whose 3 years are over and that was not renewed, as the nightly
     * job does (after a restore, say); idempotent.
     */
    @POST
    @Path("expirations")
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(summary = "End every list entry whose period has passed now (it also runs on its schedule)")
    @APIResponse(
            responseCode = "200",
            description = "How many entries ended",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = "ended",
                                            properties =
                                                    @SchemaProperty(
                                                            name = "ended",
                                                            type = SchemaType.INTEGER,
                                                            format = "int32"))))
    public jakarta.json.JsonObject endExpired() {
        int ended = 0;
        for (int batch = lists.endExpired(500); batch > 0; batch = lists.endExpired(500)) {
            ended += batch;
        }
        return jakarta.json.Json.createObjectBuilder().add("ended", ended).build();
    }

    /** Businesses on the abnormal list for 3 years or more: for a person to decide on the serious list. */
    @GET
    @Path("serious-list-candidates")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(
            summary = "Businesses whose records put them within the rules of the serious-violation list"
                    + " but not on it")
    public List<ListEntryView> seriousListCandidates() {
        return lists.seriousListCandidates().stream().map(ListEntryView::of).toList();
    }
}
