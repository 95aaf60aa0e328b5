package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.control.Assignment;
import org.credence.sharing.boundary.AuditTrail;
import org.credence.sharing.control.AuditLog;
import org.credence.ui.export.Exports;

/**
 * The data of the signed-in pages, read once per request. Which page a role may open is decided by
 * web.xml's security constraints on the server, not by the menu that hides the others.
 */
@Named
@RequestScoped
public class RolePages {

    @Inject
    Assignments assignments;

    @Inject
    AuditTrail audit;

    @Inject
    Language language;

    private List<Assignment> mine;
    private List<AuditTrail.EntryView> entries;
    private String verification;
    private boolean intact;

    public List<Assignment> getAssignments() {
        if (mine == null) {
            mine = assignments.mine(true);
        }
        return mine;
    }

    public List<AuditTrail.EntryView> getAuditEntries() {
        if (entries == null) {
            entries = audit.entries(null, null, 50);
        }
        return entries;
    }

    /** The audit log: the whole log, newest first, read {@value AuditTrail#MAX_PAGE} entries at a time, as CSV or xlsx. */
    public void export(String format) {
        Exports.send(language, format, "audit-log", language.text("audit.title"),
                Exports.header(language, "audit.seq", "export.at", "audit.actor", "audit.agency", "audit.action",
                        "audit.target", "audit.purpose"),
                table -> Exports.eachChunk(table,
                        (AuditTrail.EntryView last) -> audit.entries(null, last == null ? null : last.seq(), AuditTrail.MAX_PAGE),
                        (t, e) -> t.row(e.seq(), Exports.chinaTime(e.at()), e.actor(), e.agency(),
                                Exports.label(language, "audit.action.", e.action()), e.target(), e.purpose())));
    }

    /** Seals what is committed and recomputes the whole chain; the answer is shown above the log. */
    public void verify() {
        AuditLog.Verification v = audit.verify();
        intact = v.intact();
        verification = v.intact() ? language.text("audit.intact", v.checked())
                : language.text("audit.broken", v.brokenAt(), v.problem());
        entries = null;
    }

    public String getVerification() {
        return verification;
    }

    public boolean isIntact() {
        return intact;
    }
}
