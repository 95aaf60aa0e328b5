package org.credence.api.business;

import jakarta.annotation.security.RolesAllowed;
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
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.boundary.BusinessQuery;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Business;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.record.ListEntryView;
import org.credence.api.record.RecordView;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.violation.boundary.CreditLists;
import org.credence.violation.boundary.RecordQueries;
import org.credence.violation.boundary.RecordQuery;
import org.credence.violation.entity.RecordStatus;
import org.credence.platform.Page;
import org.credence.security.entity.Role;

/**
 * The business registry. Validation and agency scoping happen in {@link BusinessRegistry}, so every
 * caller of the service gets the same rules.
 */
@Path("businesses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessesResource {

    @Inject
    BusinessRegistry registry;

    @Inject
    RecordQueries records;

    @Inject
    CreditLists lists;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    public Response register(BusinessDescription description) {
        Business business = registry.register(description);
        return Response.created(uri.getAbsolutePathBuilder().path(business.uscc().value()).build())
                .entity(BusinessView.of(business))
                .build();
    }

    @GET
    @Path("{uscc}")
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    public BusinessView find(@PathParam("uscc") String uscc) {
        return BusinessView.of(registry.find(uscc));
    }

    @PUT
    @Path("{uscc}")
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    public BusinessView replace(@PathParam("uscc") String uscc, BusinessDescription description) {
        return BusinessView.of(registry.replace(uscc, description));
    }

    @GET
    @Path("{uscc}/records")
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    public Page<RecordView> records(@PathParam("uscc") String uscc, @QueryParam("agency") String agency,
                                    @QueryParam("category") String category, @QueryParam("status") String status,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        RecordStatus recordStatus = null;
        if (QueryParameters.text(status) != null) {
            try {
                recordStatus = RecordStatus.valueOf(QueryParameters.text(status));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("status", Message.of("must-be-one-of-active-revoked"));
            }
        }
        return records.ofBusiness(uscc, new RecordQuery(QueryParameters.text(agency), QueryParameters.text(category),
                recordStatus, QueryParameters.number("page", page, 0), QueryParameters.number("size", size, 20)))
                .map(RecordView::of);
    }

    @GET
    @Path("{uscc}/list-entries")
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    public List<ListEntryView> listEntries(@PathParam("uscc") String uscc) {
        return lists.entriesOf(uscc).stream().map(ListEntryView::of).toList();
    }

    @GET
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    public Page<BusinessView> search(
            @QueryParam("q") String q,
            @QueryParam("region") String region,
            @QueryParam("platform") String platform,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return registry.search(new BusinessQuery(QueryParameters.text(q), QueryParameters.text(region),
                QueryParameters.text(platform), QueryParameters.number("page", page, 0),
                QueryParameters.number("size", size, 20))).map(BusinessView::of);
    }
}
