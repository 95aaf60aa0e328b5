package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.control.Assignment;
import org.credence.sharing.boundary.AuditTrail;
import org.credence.sharing.control.AuditLog;

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
