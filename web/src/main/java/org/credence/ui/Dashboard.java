package org.credence.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import org.credence.overview.boundary.Overview;
import org.credence.overview.boundary.Overview.GradeDistribution;

/**
 * The overview after signing in: each model's grade distribution as its last full run counted it,
 * the latest grade changes, and the work under way with its progress (refreshed while any runs).
 */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CHANGES_SHOWN = 20;
    static final int JOBS_SHOWN = 10;

    @Inject
    Overview overview;

    @Inject
    Language language;

    @Inject
    org.credence.inspection.boundary.InspectionDirectory directory;

    private Integer missingCalendarYear;
    private boolean calendarChecked;

    private List<GradeDistribution> distributions;
    private List<Overview.GradeChange> changes;
    private List<Overview.Job> jobs;

    public List<GradeDistribution> getDistributions() {
        if (distributions == null) {
            distributions = overview.gradeDistributions();
        }
        return distributions;
    }

    /** A Chart.js bar chart of one model's grades, as JSON for p:chart. */
    public String chart(GradeDistribution d) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (String grade : List.of("A", "B", "C", "D")) {
            values.add(d.grades().getOrDefault(grade, 0L));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add("A").add("B").add("C").add("D"))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", language.text("home.businesses")).add("data", values)
                                .add("backgroundColor", Json.createArrayBuilder().add("#2e7d32").add("#1f3a5f")
                                        .add("#e0a100").add("#a4161a")))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public List<Overview.GradeChange> getChanges() {
        if (changes == null) {
            changes = overview.recentGradeChanges(CHANGES_SHOWN);
        }
        return changes;
    }

    public List<Overview.Job> getJobs() {
        if (jobs == null) {
            jobs = overview.jobs(JOBS_SHOWN);
        }
        return jobs;
    }

    /** Whether anything runs: the page then polls for progress. */
    public boolean isBusy() {
        return getJobs().stream().anyMatch(Overview.Job::running);
    }

    /** The poll's action: read the work again. */
    public void refreshJobs() {
        jobs = null;
    }

    /** Next year, when from 1 November its working-day calendar is still missing (deadlines into it are provisional). */
    public Integer getMissingCalendarYear() {
        if (!calendarChecked) {
            missingCalendarYear = directory.missingNextYear();
            calendarChecked = true;
        }
        return missingCalendarYear;
    }
}
