package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.api.security.Public;
import org.credence.business.entity.Uscc;
import org.credence.sharing.boundary.PublicProfiles;
import org.credence.sharing.boundary.PublicProfiles.ListMembership;
import org.credence.sharing.boundary.PublicProfiles.Penalty;
import org.credence.sharing.boundary.PublicProfiles.PublicGrade;
import org.credence.sharing.boundary.RateLimits;
import org.credence.web.PublicResultView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** A business's public profile, without signing in; limited per client address. */
@Path("public/businesses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class PublicBusinessesResource {

    /** What anyone may read of a business: inspectors by code only, and a grade only where it is public. */
    public record ProfileView(
            String uscc,
            String name,

            @Schema(enumeration = {"ENTERPRISE", "INDIVIDUAL_BUSINESS", "FARMERS_COOPERATIVE", "OTHER"})
            String entityType,

            String region,

            @Schema(enumeration = {"OPERATING", "SUSPENDED", "DEREGISTERED", "REVOKED"})
            String status,

            List<Penalty> penalties,
            List<ListMembership> lists,
            List<PublicResultView> inspections,
            PublicGrade credit) {}

    @Inject
    PublicProfiles profiles;

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{uscc}")
    @Operation(
            summary = "Name, penalties within their publicity period, published inspection results and list"
                    + " memberships; the grade only where the owning agency made it public")
    @SecurityRequirements
    public ProfileView profile(@PathParam("uscc") String uscc) {
        limits.address(request.getRemoteAddr());
        PublicProfiles.Profile p = profiles.profile(Uscc.key(uscc));
        return new ProfileView(
                p.uscc(),
                p.name(),
                p.entityType(),
                p.region(),
                p.status(),
                p.penalties(),
                p.lists(),
                p.inspections().stream().map(PublicResultView::of).toList(),
                p.credit());
    }
}
