package org.credence.ui.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.credence.inspection.boundary.InspectionPlans;
import org.credence.inspection.control.Plan;

/** Inspection plans of every agency, newest first (the 200 latest), for staff. */
@Named
@RequestScoped
public class PlanList {

    static final int SHOWN = 200;

    @Inject
    InspectionPlans plans;

    private List<Plan> list;

    public List<Plan> getPlans() {
        if (list == null) {
            list = plans.list(null, SHOWN);
        }
        return list;
    }
}
