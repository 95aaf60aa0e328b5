package org.credence.ui.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.credence.inspection.boundary.InspectionPlans;
import org.credence.inspection.control.Plan;
import org.credence.ui.Language;
import org.credence.ui.export.Exports;

/** Inspection plans of every agency, newest first (the 200 latest), for staff. */
@Named
@RequestScoped
public class PlanList {

    static final int SHOWN = 200;

    @Inject
    InspectionPlans plans;

    @Inject
    Language language;

    private List<Plan> list;

    /** The plans the table lists, as CSV or xlsx. */
    public void export(String format) {
        Exports.send(language, format, "plans", language.text("plans.title"),
                Exports.header(language, "models.id", "inspections.plan", "inspections.agencies", "inspections.status",
                        "wizard.schedule"),
                table -> Exports.eachRow(table, getPlans(), (t, p) -> t.row(p.id(), p.name(),
                        Exports.list(language, p.agencies()), Exports.label(language, "plan.status.", p.status()),
                        p.scheduleCron() != null ? p.scheduleCron() : Exports.date(p.scheduleDate()))));
    }

    public List<Plan> getPlans() {
        if (list == null) {
            list = plans.list(null, SHOWN);
        }
        return list;
    }
}
