package org.credence.ui.inspection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.credence.inspection.boundary.InformationChecks;
import org.credence.inspection.boundary.InspectionPlans;
import org.credence.inspection.control.PlanFilter;
import org.credence.inspection.entity.Plan;
import org.credence.ui.PageMessages;
import org.credence.ui.PagedRows;
import org.credence.ui.export.Exports;
import org.credence.web.Language;

/**
 * Inspection plans of every agency for staff, newest first, a page at a time, filtered by name, status,
 * agency and scheduled date (the filter is the page's query, {@code plans.xhtml?name=…&status=…}).
 */
@Named
@ViewScoped
public class PlanList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES =
            List.of("DRAFT", "PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED", "CANCELLED");

    @Inject
    InspectionPlans plans;

    @Inject
    Language language;

    @Inject
    InformationChecks informationChecks;

    @Inject
    org.credence.ui.Viewer viewer;

    private transient InformationChecks.Coverage coverage;

    private String name;
    private String status;
    private String agency;
    private LocalDate from;
    private LocalDate to;

    private final PagedRows<Plan> rows = new PagedRows<>(
            (offset, limit) -> plans.search(getFilter(), offset, limit),
            () -> plans.count(getFilter()),
            p -> String.valueOf(p.id()));

    /**
     * This year's information checks (企业公示信息抽查) of the viewer's agency, else of the agency the
     * filter names, else of market regulation, which the 3 % rule binds first.
     */
    public InformationChecks.Coverage getCoverage() {
        if (coverage == null) {
            var own = viewer.caller().agency();
            String of = own != null ? own.code() : agency != null && !agency.isBlank() ? agency : "SAMR";
            try {
                coverage = informationChecks.coverage(of);
            } catch (org.credence.platform.CredenceException e) {
                return null;
            }
        }
        return coverage;
    }

    /** What the query asks for; an export of every matching plan reads with the same filter. */
    public PlanFilter getFilter() {
        return new PlanFilter(name, status != null && STATUSES.contains(status) ? status : null, agency, from, to);
    }

    /** The search button: the filter goes into the address. */
    public String search() {
        if (from != null && to != null && to.isBefore(from)) {
            PageMessages.error("filter:to", language.text("filter.toBeforeFrom"));
            return null;
        }
        return "/app/plans?faces-redirect=true&includeViewParams=true";
    }

    /** Every plan the filter matches (not only the page shown), as CSV or xlsx. */
    public void export(String format) {
        PlanFilter filter = getFilter();
        Exports.send(
                language,
                format,
                "plans",
                language.text("plans.title"),
                Exports.header(
                        language,
                        "models.id",
                        "inspections.plan",
                        "inspections.agencies",
                        "inspections.status",
                        "wizard.schedule"),
                table -> Exports.eachPage(
                        table,
                        (offset, limit) -> plans.search(filter, offset, limit),
                        (t, p) -> t.row(
                                p.id(),
                                p.name(),
                                Exports.list(language, p.agencies()),
                                Exports.label(language, "plan.status.", p.status()),
                                p.scheduleCron() != null ? p.scheduleCron() : Exports.date(p.scheduleDate()))));
    }

    public PagedRows<Plan> getPlans() {
        return rows;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
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
