package org.credence.api.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.openapi.ApiDocument;
import org.credence.api.security.Allowed;
import org.credence.credit.boundary.CreditView;
import org.credence.credit.boundary.ExplanationView;
import org.credence.credit.boundary.HistoryEntry;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.SharedCredit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A business's credit: score and grade, the explanation that recomputes it, and its history. Without
 * {@code model}, the market regulator's model in force is meant; with {@code on}, the result in force
 * on that date.
 */
@Path("credit")
// one instance for every request: a request-scoped resource had the lookup bean (an EJB) injected anew for each lookup,
// and each injection loaded its class under the application class loader's lock (docs/benchmarks.md, run P)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditResource {

    /** The header in which a caller states why it looks a business up; required of agencies' systems, audited. */
    public static final String PURPOSE = "Purpose";

    @Inject
    SharedCredit credit;

    @GET
    @Path("{uscc}")
    @Allowed({
        Role.Names.SYSTEM_ADMIN,
        Role.Names.AGENCY_ADMIN,
        Role.Names.INSPECTOR,
        Role.Names.AUDITOR,
        Role.Names.AGENCY_CLIENT
    })
    @Operation(
            summary = "Score, grade, model and version, as of today or of the date given (audited; agencies' systems"
                    + " state a Purpose)")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @Parameter(
            name = PURPOSE,
            in = ParameterIn.HEADER,
            description =
                    "Why the caller looks the business up: required of" + " agencies' systems, kept in the audit log")
    public CreditView credit(
            @PathParam("uscc") String uscc,
            @QueryParam("model") String model,
            @QueryParam("on") String on,
            @HeaderParam(PURPOSE) String purpose) {
        return credit.current(
                uscc, QueryParameters.optionalLong("model", model), QueryParameters.date("on", on), purpose);
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({
        Role.Names.SYSTEM_ADMIN,
        Role.Names.AGENCY_ADMIN,
        Role.Names.INSPECTOR,
        Role.Names.AUDITOR,
        Role.Names.AGENCY_CLIENT
    })
    @Operation(
            summary =
                    "Up to 1,000 codes at once, answered in request order, each FOUND, NOT_SCORED, UNKNOWN or INVALID")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SharedCredit.LookupRequest.class),
                            examples = @ExampleObject(name = "two codes", value = """
                    {"usccs": ["91110000600037341L", "91350100M000100Y43"]}
                    """)))
    @Parameter(
            name = PURPOSE,
            in = ParameterIn.HEADER,
            description =
                    "Why the caller looks the business up: required of" + " agencies' systems, kept in the audit log")
    public SharedCredit.LookupAnswer lookup(SharedCredit.LookupRequest request, @HeaderParam(PURPOSE) String purpose) {
        return credit.lookup(request, purpose);
    }

    @GET
    @Path("{uscc}/explanation")
    @Allowed({
        Role.Names.SYSTEM_ADMIN,
        Role.Names.AGENCY_ADMIN,
        Role.Names.INSPECTOR,
        Role.Names.AUDITOR,
        Role.Names.AGENCY_CLIENT
    })
    @Operation(
            summary =
                    "Per indicator: load, sub-score or bonus, weight, contribution and the records counted; the vetoes")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @Parameter(
            name = PURPOSE,
            in = ParameterIn.HEADER,
            description =
                    "Why the caller looks the business up: required of" + " agencies' systems, kept in the audit log")
    public ExplanationView explanation(
            @PathParam("uscc") String uscc,
            @QueryParam("model") String model,
            @QueryParam("on") String on,
            @HeaderParam(PURPOSE) String purpose) {
        return credit.explanation(
                uscc, QueryParameters.optionalLong("model", model), QueryParameters.date("on", on), purpose);
    }

    @GET
    @Path("{uscc}/history")
    @Allowed({
        Role.Names.SYSTEM_ADMIN,
        Role.Names.AGENCY_ADMIN,
        Role.Names.INSPECTOR,
        Role.Names.AUDITOR,
        Role.Names.AGENCY_CLIENT
    })
    @Operation(
            summary =
                    "Every change of score or grade, newest first: each holds from its asOf until the next under its model")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    @Parameter(
            name = PURPOSE,
            in = ParameterIn.HEADER,
            description =
                    "Why the caller looks the business up: required of" + " agencies' systems, kept in the audit log")
    public List<HistoryEntry> history(
            @PathParam("uscc") String uscc,
            @QueryParam("model") String model,
            @QueryParam("limit") String limit,
            @HeaderParam(PURPOSE) String purpose) {
        return credit.history(
                uscc,
                QueryParameters.optionalLong("model", model),
                QueryParameters.number("limit", limit, 100),
                purpose);
    }
}
