package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.credence.api.inspection.PublicResultView;
import org.credence.inspection.boundary.PublicInspections;
import org.credence.ui.export.Exports;

/**
 * Published inspection results without signing in ("one public"), newest first, optionally of one
 * business: inspector codes, never names, and never a business's grade.
 */
@Named
@RequestScoped
public class PublicResults {

    /** The latest results shown; a business's own are all shown. */
    static final int SHOWN = 200;

    @Inject
    PublicInspections inspections;

    @Inject
    Language language;

    private String uscc;

    /** The published results the table lists, as CSV or xlsx. */
    public void export(String format) {
        Exports.send(language, format, "inspection-results", language.text("results.title"),
                Exports.header(language, "public.plan", "draw.key", "public.business", "public.uscc", "plan.items",
                        "public.outcome", "public.completedOn", "results.inspectors"),
                table -> Exports.eachRow(table, getResults(), (t, r) -> t.row(r.planName(), r.drawKey(), r.businessName(),
                        r.uscc(), Exports.list(language, r.items()), Exports.label(language, "outcome.", r.outcome()),
                        Exports.date(r.completedOn()), Exports.list(language, r.inspectors()))));
    }
    private List<PublicResultView> results;

    public List<PublicResultView> getResults() {
        if (results == null) {
            String code = uscc == null || uscc.isBlank() ? null : uscc.strip().toUpperCase(Locale.ROOT);
            results = inspections.results(code, null, SHOWN).stream().map(PublicResultView::of).toList();
        }
        return results;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }
}
