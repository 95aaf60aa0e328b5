package org.credence.api.record;

import jakarta.annotation.security.RolesAllowed;
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
import org.credence.security.entity.Role;
import org.credence.violation.boundary.CreditLists;
import org.credence.violation.boundary.ListEntryRequest;
import org.credence.violation.boundary.ListRemovalRequest;
import org.credence.violation.boundary.ListRenewalRequest;

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
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    public Response enter(ListEntryRequest request) {
        ListEntryView entry = ListEntryView.of(lists.enter(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.id())).build()).entity(entry).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    public ListEntryView find(@PathParam("id") long id) {
        return ListEntryView.of(lists.find(id));
    }

    @POST
    @Path("{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    public ListEntryView remove(@PathParam("id") long id, ListRemovalRequest request) {
        return ListEntryView.of(lists.remove(id, request));
    }

    /** Keeps a business on the serious list for another 3 years (before the entry's end). */
    @POST
    @Path("{id}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    public ListEntryView renew(@PathParam("id") long id, ListRenewalRequest request) {
        return ListEntryView.of(lists.renew(id, request));
    }

    /**
     * Ends now every serious-list entry whose 3 years are over and that was not renewed, as the nightly
     * job does (after a restore, say); idempotent.
     */
    @POST
    @Path("expirations")
    @RolesAllowed(Role.Names.SYSTEM_ADMIN)
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
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    public List<ListEntryView> seriousListCandidates() {
        return lists.seriousListCandidates().stream().map(ListEntryView::of).toList();
    }
}
