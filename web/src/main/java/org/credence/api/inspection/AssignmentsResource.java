package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.problem.LargeBody;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.boundary.Assignments.Download;
import org.credence.inspection.boundary.ResultRequest;
import org.credence.inspection.entity.EvidenceFile;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An inspector's assignments: only the team sees an assignment and records its result and evidence. */
@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    @Inject
    Assignments assignments;

    @GET
    @Path("mine")
    @Allowed(Role.Names.INSPECTOR)
    @Operation(summary = "The caller's assignments, newest draw first; open=true for those not yet published")
    public List<AssignmentView> mine(@QueryParam("open") String open) {
        return assignments.mine("true".equals(QueryParameters.text(open))).stream()
                .map(AssignmentView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.Names.INSPECTOR)
    @Operation(summary = "One of the caller's assignments")
    public AssignmentView find(@PathParam("id") long id) {
        return AssignmentView.of(assignments.find(id));
    }

    @PUT
    @Path("{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.INSPECTOR)
    @Operation(summary = "Record (or correct, until published) the result; VIOLATIONS_FOUND files its record")
    public AssignmentView result(@PathParam("id") long id, ResultRequest request) {
        return AssignmentView.of(assignments.recordResult(id, request));
    }

    @POST
    @Path("{id}/result/publication")
    @Allowed(Role.Names.INSPECTOR)
    @Operation(summary = "Publish the result (due within 20 working days of completion)")
    public AssignmentView publish(@PathParam("id") long id) {
        return AssignmentView.of(assignments.publish(id));
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Role.Names.INSPECTOR)
    @LargeBody(configKey = "credence.inspection.evidence-max-bytes", defaultBytes = 10L * 1024 * 1024)
    @Operation(summary = "Add an evidence file (JPEG, PNG or PDF; at most credence.inspection.evidence-max-bytes)")
    @RequestBody(
            required = true,
            description = "The file's bytes; its Content-Type says which kind it is",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceFile.class)))
    public Response addEvidence(
            @PathParam("id") long id,
            @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] content) {
        EvidenceFile file = assignments.addEvidence(id, name, contentType, content == null ? new byte[0] : content);
        return Response.status(Response.Status.CREATED).entity(file).build();
    }

    @GET
    @Path("{id}/evidence")
    @Allowed(Role.Names.INSPECTOR)
    @Operation(summary = "The assignment's evidence files")
    public List<EvidenceFile> evidence(@PathParam("id") long id) {
        return assignments.evidence(id);
    }

    @GET
    @Path("{id}/evidence/{file}")
    @Produces(MediaType.WILDCARD)
    @Allowed(Role.Names.INSPECTOR)
    @Operation(summary = "Download an evidence file")
    @APIResponse(
            responseCode = "200",
            description = "The file as it was added",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response download(@PathParam("id") long id, @PathParam("file") long file) {
        Download d = assignments.download(id, file);
        return Response.ok(d.content(), d.file().contentType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"evidence-" + d.file().id() + "\"")
                .build();
    }
}
