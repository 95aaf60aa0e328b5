package org.credence.ui.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.credence.audit.boundary.AuditTrail;
import org.credence.audit.control.AuditFilter;
import org.credence.audit.control.AuditLog;
import org.credence.ui.PageMessages;
import org.credence.ui.PagedRows;
import org.credence.ui.export.Exports;
import org.credence.web.Language;

/**
 * The audit log for auditors, a page at a time from the database, filtered by actor, agency, action,
 * target and days (the filter is the page's query, {@code audit.xhtml?actor=…&target=…}, so a filtered
 * view can be bookmarked or exported whole), with the chain's verification on the same page.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Inject
    Language language;

    private String actor;
    private String agency;
    private String action;
    private String target;
    private LocalDate from;
    private LocalDate to;
    private String verification;
    private boolean intact;

    private final PagedRows<AuditTrail.EntryView> entries = new PagedRows<>(
            (offset, limit) -> audit.entries(getFilter(), offset, limit),
            () -> audit.count(getFilter()),
            e -> String.valueOf(e.seq()));

    /** What the query asks for; an export of the whole filtered log reads with the same filter. */
    public AuditFilter getFilter() {
        return new AuditFilter(actor, agency, action, target, from, to);
    }

    /** The search button: the filter goes into the address, so a reload or a bookmark shows the same. */
    public String search() {
        if (from != null && to != null && to.isBefore(from)) {
            PageMessages.error("filter:to", language.text("filter.toBeforeFrom"));
            return null;
        }
        return "/app/audit?faces-redirect=true&includeViewParams=true";
    }

    /** Seals what is committed and recomputes the whole chain; the answer is shown above the log. */
    public void verify() {
        AuditLog.Verification v = audit.verify();
        intact = v.intact();
        verification = v.intact()
                ? language.text("audit.intact", v.checked())
                : language.text("audit.broken", v.brokenAt(), v.problem());
    }

    /** The whole filtered log, newest first, read {@value AuditTrail#MAX_PAGE} entries at a time, as CSV or xlsx. */
    public void export(String format) {
        AuditFilter filter = getFilter();
        Exports.send(
                language,
                format,
                "audit-log",
                language.text("audit.title"),
                Exports.header(
                        language,
                        "audit.seq",
                        "export.at",
                        "audit.actor",
                        "audit.agency",
                        "audit.action",
                        "audit.target",
                        "audit.purpose"),
                table -> Exports.eachChunk(
                        table,
                        (AuditTrail.EntryView last) ->
                                audit.entriesBefore(filter, last == null ? null : last.seq(), AuditTrail.MAX_PAGE),
                        (t, e) -> t.row(
                                e.seq(),
                                Exports.chinaTime(e.at()),
                                e.actor(),
                                e.agency(),
                                Exports.label(language, "audit.action.", e.action()),
                                e.target(),
                                e.purpose())));
    }

    /** How many entries the table pages through at most; a narrower filter reaches further back. */
    public long getMaxCounted() {
        return AuditTrail.MAX_COUNTED;
    }

    public PagedRows<AuditTrail.EntryView> getEntries() {
        return entries;
    }

    public String getVerification() {
        return verification;
    }

    public boolean isIntact() {
        return intact;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
