package org.credence.api.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.audit.boundary.AuditTrail;
import org.credence.audit.boundary.AuditTrail.EntryView;
import org.credence.audit.control.AuditKeys;
import org.credence.audit.control.AuditLog;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hash-chained audit log of lookups and administrative changes, its signed checkpoints and keys, for auditors. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Allowed({Role.Names.AUDITOR, Role.Names.SYSTEM_ADMIN})
    @Operation(summary = "Sealed entries, newest first; target= narrows to one USCC or client, before= pages back")
    public List<EntryView> entries(
            @QueryParam("target") String target,
            @QueryParam("before") String before,
            @QueryParam("limit") String limit) {
        Long cursor = before == null ? null : QueryParameters.longNumber("before", before, 0);
        return audit.entries(target, cursor, QueryParameters.number("limit", limit, 100));
    }

    @POST
    @Path("verification")
    @Allowed({Role.Names.AUDITOR, Role.Names.SYSTEM_ADMIN})
    @Operation(
            summary = "Seals what is committed and recomputes the whole chain, checking each entry's MAC and the"
                    + " stored checkpoints; names the first broken entry")
    public AuditLog.Verification verify() {
        return audit.verify();
    }

    @POST
    @Path("checkpoints/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.AUDITOR, Role.Names.SYSTEM_ADMIN})
    @Operation(
            operationId = "auditVerifyCheckpoint",
            summary = "Checks the log against a checkpoint exported"
                    + " earlier (the body, as GET /audit/checkpoints gave"
                    + " it): its signature, each entry's MAC and the chain up to it; names the first rewritten entry")
    @Tag(name = "Audit")
    public AuditLog.Verification verify(AuditLog.Checkpoint checkpoint) {
        if (checkpoint == null) {
            throw new InvalidRequestException("body", Message.of("audit.checkpoint-required"));
        }
        return audit.verify(checkpoint);
    }

    @GET
    @Path("checkpoints")
    @Allowed({Role.Names.AUDITOR, Role.Names.SYSTEM_ADMIN})
    @Operation(
            summary = "Signed checkpoints of the chain's head, newest first (before= pages back): keep them outside"
                    + " the system")
    public List<AuditLog.Checkpoint> checkpoints(
            @QueryParam("before") String before, @QueryParam("limit") String limit) {
        Long cursor = before == null ? null : QueryParameters.longNumber("before", before, 0);
        return audit.checkpoints(cursor, QueryParameters.number("limit", limit, 100));
    }

    @GET
    @Path("keys")
    @Allowed({Role.Names.AUDITOR, Role.Names.SYSTEM_ADMIN})
    @Operation(
            summary = "The public keys (X.509, base64) that verify the checkpoints' signatures, rotated ones included")
    public List<AuditKeys.PublicKeyView> keys() {
        return audit.keys();
    }
}
