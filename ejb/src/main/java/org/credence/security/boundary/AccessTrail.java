package org.credence.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import org.credence.audit.boundary.AuditWriter;
import org.credence.audit.control.AuditLog;
import org.credence.platform.jdbc.Database;

/**
 * Audits a refused access (403) wherever it happens, API or pages: who was refused, and what they
 * asked for. Callers audit a refusal once; a refusal its service audited already is not passed here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessTrail {

    public static final String DENIED = "access.denied";

    @Inject
    Database database;

    @Inject
    AuditWriter audit;

    Clock clock = Clock.systemUTC();

    /**
     * @param actor     the signed-in caller's name, null if none
     * @param client    whether the caller is an agency's system (then {@code agency} is its agency's code)
     * @param agency    the client's agency code; for a person, null (looked up here)
     * @param request   what was asked for, e.g. {@code POST /api/v1/plans/7/publication}
     * @param detail    why it was refused, if known
     */
    public void denied(String actor, boolean client, String agency, String request, String detail) {
        String name = actor == null || actor.isBlank() ? "(anonymous)" : Audited.text(actor, SignIns.MAX_ACTOR);
        String agencyCode = agency;
        if (!client && actor != null) {
            agencyCode = database.one(
                    "select a.code from app_user u join agency a on a.id = u.agency_id" + " where u.username = ?",
                    rs -> rs.getString(1),
                    actor);
        }
        audit.append(new AuditLog.Entry(
                        LocalDateTime.now(clock),
                        name,
                        client ? AuditLog.ActorKind.CLIENT : AuditLog.ActorKind.USER,
                        agencyCode,
                        DENIED,
                        Audited.text(request == null ? "" : request, 200),
                        null,
                        "refused 403" + (detail == null || detail.isBlank() ? "" : ": " + Audited.text(detail, 2000)))
                .bounded());
    }
}
