package org.credence.api.changes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.changes.boundary.ChangeLog;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The internal change log, for operators and auditors; agencies get their own filtered feed. */
@Path("change-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangeLogResource {

    public record ChangeView(
            long seq, String uscc, ChangeKind kind, long subjectId, long agencyId, LocalDateTime occurredAt) {}

    @Inject
    ChangeLog changeLog;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "The internal change log after a sequence number (after=), oldest first, at most 1,000")
    public List<ChangeView> after(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        int n = QueryParameters.number("limit", limit, 100);
        if (n < 1 || n > 1000) {
            throw new InvalidRequestException("limit", Message.of("must-be-between-and"));
        }
        long cursor = QueryParameters.longNumber("after", after, 0);
        return changeLog.after(cursor, n).stream()
                .map(e -> new ChangeView(e.seq(), e.uscc(), e.kind(), e.subjectId(), e.agencyId(), e.occurredAt()))
                .toList();
    }
}
