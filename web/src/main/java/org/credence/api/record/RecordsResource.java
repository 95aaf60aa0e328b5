package org.credence.api.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.problem.LargeBody;
import org.credence.api.security.Allowed;
import org.credence.business.entity.Uscc;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.Page;
import org.credence.security.entity.Role;
import org.credence.violation.boundary.Reason;
import org.credence.violation.boundary.RecordIntake;
import org.credence.violation.boundary.RecordLifecycle;
import org.credence.violation.boundary.RecordQueries;
import org.credence.violation.boundary.RepairRequest;
import org.credence.violation.control.IntakeReport;
import org.credence.violation.control.PublicityReview;
import org.credence.violation.entity.RecordSubmission;
import org.credence.web.RecordView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Administrative penalties and positive records: intake one at a time, in JSON batches or as CSV
 * (header: {@code uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,penaltyAmount,sourceRecordId}),
 * revocation, repair applications, and what was public on a given day.
 */
@Path("records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordsResource {

    /** {@link RecordSubmission#CSV_HEADER} as the first line of a file, for the OpenAPI document. */
    private static final String CSV_HEADER = "uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,"
            + "penaltyType,penaltyAmount,sourceRecordId";

    @Inject
    RecordIntake intake;

    @Inject
    RecordLifecycle lifecycle;

    @Inject
    RecordQueries queries;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(
            summary = "One record (201); the same record sent again changes nothing (200, Credence-Intake:"
                    + " unchanged)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecordSubmission.class),
                            examples = @ExampleObject(name = "fine", value = """
                    {"uscc": "91110000600037341L", "agency": "SAMR", "category": "FALSE_ADVERTISING",
                     "severity": "ORDINARY",
                     "decisionNumber": "京市监罚〔2026〕12号", "decisionDate": "2026-03-31", "legalBasis": "电子商务法第八十一条",
                     "penaltyType": "FINE", "penaltyAmount": 5000, "sourceRecordId": "samr-2026-0012"}
                    """)))
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the record is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecordView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same record was stored before; nothing changed",
            headers =
                    @Header(
                            name = "Credence-Intake",
                            description = "unchanged",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "unchanged")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RecordView.class)))
    public Response submit(RecordSubmission submission) {
        IntakeReport report = intake.submit(submission);
        long id = report.recordIds().get(0);
        RecordView record = RecordView.of(lifecycle.find(id));
        if (report.created() == 1) {
            return Response.created(uri.getBaseUriBuilder()
                            .path("records")
                            .path(String.valueOf(id))
                            .build())
                    .entity(record)
                    .build();
        }
        return Response.ok(record).header("Credence-Intake", "unchanged").build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @LargeBody(configKey = "credence.api.max-batch-bytes", defaultBytes = 32L * 1024 * 1024)
    @Operation(
            summary = "Records as a JSON array: every row validated; dryRun=true only validates,"
                    + " allOrNothing=false stores the good rows")
    public IntakeReport submitBatch(
            List<RecordSubmission> submissions,
            @QueryParam("dryRun") String dryRun,
            @QueryParam("allOrNothing") String allOrNothing) {
        return intake.submitBatch(submissions, flag("dryRun", dryRun, false), flag("allOrNothing", allOrNothing, true));
    }

    @POST
    @Path("csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @LargeBody(configKey = "credence.api.max-upload-bytes", defaultBytes = 4L * 1024 * 1024 * 1024)
    @Operation(summary = "Records as a UTF-8 CSV file with the header row; bad lines reported by line number")
    @RequestBody(
            required = true,
            description = "UTF-8 CSV with the header row " + CSV_HEADER,
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING),
                        example = CSV_HEADER + "\n" + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,"
                                + "京市监罚〔2026〕12号,2026-03-31,电子商务法第八十一条,FINE,5000,samr-2026-0012\n"),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))
            })
    public IntakeReport submitCsv(
            InputStream csv,
            @QueryParam("dryRun") String dryRun,
            @QueryParam("allOrNothing") String allOrNothing,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length) {
        return intake.submitCsv(
                csv,
                flag("dryRun", dryRun, false),
                flag("allOrNothing", allOrNothing, true),
                "CSV (API)",
                length == null || length < 0 ? null : length);
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "One record")
    public RecordView find(@PathParam("id") long id) {
        return RecordView.of(lifecycle.find(id));
    }

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(
            summary = "Records within their publicity period on a day (inPublicityOn=), optionally of one"
                    + " business, paged")
    public Page<RecordView> inPublicity(
            @QueryParam("inPublicityOn") String day,
            @QueryParam("uscc") String uscc,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        if (QueryParameters.text(day) == null) {
            throw new InvalidRequestException("inPublicityOn", Message.of("is-required-the-iso-date-to"));
        }
        LocalDate date = QueryParameters.date("inPublicityOn", day);
        String business = QueryParameters.text(uscc);
        return queries.inPublicityOn(
                        date,
                        business == null ? null : Uscc.key(business),
                        QueryParameters.number("page", page, 0),
                        QueryParameters.number("size", size, 20))
                .map(RecordView::of);
    }

    @GET
    @Path("publicity-review")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(
            summary =
                    "Active records stored before publicity followed the penalty whose period Order 45 (by penalty type"
                            + " and amount) would change; they keep their period until reclassified")
    public List<PublicityReview.Reclassification> publicityReview(@QueryParam("limit") String limit) {
        return lifecycle.publicityReview(Math.min(QueryParameters.number("limit", limit, 100), 1000));
    }

    @POST
    @Path("{id}/publicity-reclassification")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Give a record the publicity period its penalty type and amount give it now")
    public PublicityReview.Reclassification reclassifyPublicity(@PathParam("id") long id) {
        return lifecycle.reclassifyPublicity(id);
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Revoke a record with a reason (it no longer counts for credit)")
    public RecordView revoke(@PathParam("id") long id, Reason reason) {
        return RecordView.of(lifecycle.revoke(id, reason));
    }

    @POST
    @Path("{id}/repair-applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Apply for credit repair of a record: the business's rectification and commitment")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RepairApplicationView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the new resource is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response applyForRepair(@PathParam("id") long id, RepairRequest request) {
        RepairApplicationView application = RepairApplicationView.of(lifecycle.applyForRepair(id, request));
        return Response.created(uri.getBaseUriBuilder()
                        .path("repair-applications")
                        .path(String.valueOf(application.id()))
                        .build())
                .entity(application)
                .build();
    }

    private static boolean flag(String name, String value, boolean defaultValue) {
        String v = QueryParameters.text(value);
        if (v == null) {
            return defaultValue;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new InvalidRequestException(name, Message.of("must-be-true-or-false"));
    }
}
