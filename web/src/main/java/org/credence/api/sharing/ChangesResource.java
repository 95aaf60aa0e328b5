package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.credence.api.QueryParameters;
import org.credence.api.credit.CreditResource;
import org.credence.api.openapi.ApiDocument;
import org.credence.api.security.Allowed;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.SharedCredit;
import org.credence.sharing.boundary.SharedCredit.FeedPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The agencies' change feed: what changed after a cursor, as far as the client's agreement opens it. */
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    @Inject
    SharedCredit credit;

    @GET
    @Allowed(Role.Names.AGENCY_CLIENT)
    @Operation(
            summary = "Changes after the cursor in commit order (at least once, no gaps); send next as after to go on")
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    public FeedPage changes(
            @QueryParam("after") String after,
            @QueryParam("limit") String limit,
            @HeaderParam(CreditResource.PURPOSE) String purpose) {
        return credit.feed(
                QueryParameters.longNumber("after", after, 0), QueryParameters.number("limit", limit, 100), purpose);
    }
}
