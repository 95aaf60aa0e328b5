package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.credence.api.inspection.PublicResultView;
import org.credence.inspection.boundary.PublicInspections;

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

    private String uscc;
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
