package org.credence.api.business;

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
import org.credence.api.security.Allowed;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.boundary.BusinessQuery;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Business;
import org.credence.business.entity.Uscc;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.Page;
import org.credence.security.entity.Role;
import org.credence.violation.boundary.CreditLists;
import org.credence.violation.boundary.RecordQueries;
import org.credence.violation.boundary.RecordQuery;
import org.credence.violation.entity.RecordStatus;
import org.credence.web.BusinessView;
import org.credence.web.ListEntryView;
import org.credence.web.RecordView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Register an online business under its USCC with its shops")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BusinessDescription.class),
                            examples = @ExampleObject(name = "enterprise", value = """
                    {"uscc": "91110000600037341L", "name": "北京示例电子商务有限公司", "entityType": "ENTERPRISE",
                     "regionCode": "110105", "industryCode": "F5292",
                     "shops": [{"platform": "taobao", "shopId": "shop-10086",
                                "shopUrl": "https://shop-10086.taobao.com"}]}
                    """)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the business is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BusinessView.class),
                            examples = @ExampleObject(name = "enterprise", value = """
                            {"uscc": "91110000600037341L", "name": "北京示例电子商务有限公司", "entityType": "ENTERPRISE",
                             "regionCode": "110105", "industryCode": "F5292", "status": "OPERATING",
                             "shops": [{"platform": "taobao", "shopId": "shop-10086",
                                        "shopUrl": "https://shop-10086.taobao.com"}],
                             "registeredBy": "SAMR", "createdAt": "2026-03-31T08:30:00", "createdBy": "samr-admin",
                             "updatedAt": "2026-03-31T08:30:00", "updatedBy": "samr-admin", "version": 0}
                            """)))
    public Response register(BusinessDescription description) {
        Business business = registry.register(description);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(business.uscc().value())
                        .build())
                .entity(BusinessView.of(business))
                .build();
    }

    @GET
    @Path("{uscc}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "One business by its USCC")
    public BusinessView find(@PathParam("uscc") String uscc) {
        return BusinessView.of(registry.find(Uscc.key(uscc)));
    }

    @PUT
    @Path("{uscc}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Replace a business's description (the USCC stays)")
    public BusinessView replace(@PathParam("uscc") String uscc, BusinessDescription description) {
        return BusinessView.of(registry.replace(Uscc.key(uscc), description));
    }

    @GET
    @Path("{uscc}/records")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "A business's records, newest first, optionally of one agency, category or status")
    @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(implementation = RecordStatus.class))
    public Page<RecordView> records(
            @PathParam("uscc") String uscc,
            @QueryParam("agency") String agency,
            @QueryParam("category") String category,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RecordStatus recordStatus = null;
        if (QueryParameters.text(status) != null) {
            try {
                recordStatus = RecordStatus.valueOf(QueryParameters.text(status));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("status", Message.of("must-be-one-of-active-revoked"));
            }
        }
        return records.ofBusiness(
                        Uscc.key(uscc),
                        new RecordQuery(
                                QueryParameters.text(agency),
                                QueryParameters.text(category),
                                recordStatus,
                                QueryParameters.number("page", page, 0),
                                QueryParameters.number("size", size, 20)))
                .map(RecordView::of);
    }

    @GET
    @Path("{uscc}/list-entries")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(
            summary = "A business's credit-list entries (serious violations, abnormal operations), current"
                    + " and ended")
    public List<ListEntryView> listEntries(@PathParam("uscc") String uscc) {
        return lists.entriesOf(Uscc.key(uscc)).stream().map(ListEntryView::of).toList();
    }

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "Businesses by name or USCC (q), region code prefix or platform, paged")
    public Page<BusinessView> search(
            @QueryParam("q") String q,
            @QueryParam("region") String region,
            @QueryParam("platform") String platform,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return registry.search(new BusinessQuery(
                        QueryParameters.text(q),
                        QueryParameters.text(region),
                        QueryParameters.text(platform),
                        QueryParameters.number("page", page, 0),
                        QueryParameters.number("size", size, 20)))
                .map(BusinessView::of);
    }
}
