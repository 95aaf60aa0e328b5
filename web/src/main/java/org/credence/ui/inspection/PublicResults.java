package org.credence.ui.inspection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.credence.inspection.boundary.PublicInspections;
import org.credence.inspection.control.ResultFilter;
import org.credence.inspection.entity.Plan;
import org.credence.ui.PageMessages;
import org.credence.ui.PagedRows;
import org.credence.ui.export.Exports;
import org.credence.web.Language;
import org.credence.web.PublicResultView;

/**
 * Published inspection results without signing in ("one public"), newest first, a page at a time,
 * filtered by business, plan, completion date, region and outcome (the filter is the page's query,
 * {@code results.xhtml?plan=…&region=…}): inspector codes, never names, and never a business's grade.
 */
@Named
@ViewScoped
public class PublicResults implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The published plans offered in the plan filter, newest first. */
    static final int PLANS_OFFERED = 200;

    static final List<String> OUTCOMES =
            List.of("NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED");

    @Inject
    PublicInspections inspections;

    @Inject
    Language language;

    private String uscc;
    private Long plan;
    private LocalDate from;
    private LocalDate to;
    private String region;
    private String outcome;
    private transient List<Plan> plans;

    private final PagedRows<PublicResultView> results = new PagedRows<>(
            (offset, limit) -> inspections.results(getFilter(), offset, limit).stream()
                    .map(PublicResultView::of)
                    .toList(),
            () -> inspections.countResults(getFilter()),
            r -> String.valueOf(r.id()));

    /** What the query asks for (parts that are not well-formed are left out); an export reads with the same filter. */
    public ResultFilter getFilter() {
        String code = uscc == null || uscc.isBlank() ? null : uscc.strip().toUpperCase(Locale.ROOT);
        String prefix = region == null || !region.strip().matches("\\d{1,6}") ? null : region.strip();
        return new ResultFilter(
                code, plan, from, to, prefix, outcome != null && OUTCOMES.contains(outcome) ? outcome : null);
    }

    /** The search button: the filter goes into the address. */
    public String search() {
        boolean ok = true;
        if (region != null && !region.isBlank() && !region.strip().matches("\\d{1,6}")) {
            PageMessages.error("filter:region", language.text("filter.region"));
            ok = false;
        }
        if (from != null && to != null && to.isBefore(from)) {
            PageMessages.error("filter:to", language.text("filter.toBeforeFrom"));
            ok = false;
        }
        return ok ? "/public/results?faces-redirect=true&includeViewParams=true" : null;
    }

    /** Every published result the filter matches (not only the page shown), as CSV or xlsx. */
    public void export(String format) {
        ResultFilter filter = getFilter();
        Exports.send(
                language,
                format,
                "inspection-results",
                language.text("results.title"),
                Exports.header(
                        language,
                        "public.plan",
                        "draw.key",
                        "public.business",
                        "public.uscc",
                        "plan.items",
                        "public.outcome",
                        "public.completedOn",
                        "results.inspectors"),
                table -> Exports.eachPage(
                        table,
                        (offset, limit) -> inspections.results(filter, offset, limit).stream()
                                .map(PublicResultView::of)
                                .toList(),
                        (t, r) -> t.row(
                                r.planName(),
                                r.drawKey(),
                                r.businessName(),
                                r.uscc(),
                                Exports.list(language, r.items()),
                                Exports.label(language, "outcome.", r.outcome()),
                                Exports.date(r.completedOn()),
                                Exports.list(language, r.inspectors()))));
    }

    public PagedRows<PublicResultView> getResults() {
        return results;
    }

    public List<Plan> getPlans() {
        if (plans == null) {
            plans = inspections.plans(PLANS_OFFERED);
        }
        return plans;
    }

    public List<String> getOutcomes() {
        return OUTCOMES;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
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

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
