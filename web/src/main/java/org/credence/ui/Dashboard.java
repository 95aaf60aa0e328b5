package org.credence.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.overview.boundary.Overview;
import org.credence.overview.boundary.Overview.GradeDistribution;
import org.credence.validation.boundary.ModelValidations;
import org.credence.validation.boundary.ValidationSummary;
import org.credence.web.Language;
import org.credence.web.Readable;

/**
 * The overview after signing in: each model's grade distribution as its last full run counted it,
 * with its validation over the last twelve months (for those who may read it), the latest grade changes, and the work under way with its progress (refreshed while any runs).
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

    @Inject
    ModelValidations validations;

    private List<GradeDistribution> distributions;
    private Map<Long, ValidationSummary> validation;
    private List<Overview.GradeChange> changes;
    private List<Overview.Job> jobs;

    public List<GradeDistribution> getDistributions() {
        if (distributions == null) {
            distributions = overview.gradeDistributions();
        }
        return distributions;
    }

    /**
     * The validation of the last twelve months of a model in force, in brief; null when the viewer may
     * not read that model's validation.
     */
    public ValidationSummary validation(GradeDistribution d) {
        if (validation == null) {
            validation = validations.recentSummaries(
                    getDistributions().stream().map(GradeDistribution::modelId).toList());
        }
        return validation.get(d.modelId());
    }

    /** The heading of a summary: the period it covers. */
    public String validationTitle(ValidationSummary v) {
        return language.text("validation.overview", v.from(), v.to());
    }

    /** The sentences of a summary, in the reader's language. */
    public List<String> validationLines(ValidationSummary v) {
        List<String> lines = new ArrayList<>();
        if (!v.enough()) {
            lines.add(language.text("validation.overviewNotEnough", v.hits(), v.cleans()));
        } else {
            lines.add(
                    language.text("validation.overviewAuc", decimal(v.auc()), decimal(v.gini()), v.hits(), v.cleans()));
            if (v.observedGrades().size() < 2) {
                lines.add(language.text("validation.overviewOneGrade", String.join("", v.observedGrades())));
            } else if (v.monotone()) {
                lines.add(language.text(
                        "validation.overviewMonotone",
                        Readable.list(v.observedGrades(), Object::toString, language.getLocale())));
            } else {
                lines.add(language.text("validation.overviewInversions", v.inversions(), v.significantInversions()));
            }
        }
        if (!v.unknownGrades().isEmpty()) {
            lines.add(language.text(
                    "validation.overviewUnknown",
                    Readable.list(v.unknownGrades(), Object::toString, language.getLocale())));
        }
        return lines;
    }

    /** An AUC or Gini to three places, as both languages write it. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A Chart.js bar chart of one model's grades, as JSON for p:chart. */
    public String chart(GradeDistribution d) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (String grade : List.of("A", "B", "C", "D")) {
            values.add(d.grades().getOrDefault(grade, 0L));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "labels",
                                        Json.createArrayBuilder()
                                                .add("A")
                                                .add("B")
                                                .add("C")
                                                .add("D"))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", language.text("home.businesses"))
                                                        .add("data", values)
                                                        .add(
                                                                "backgroundColor",
                                                                Json.createArrayBuilder()
                                                                        .add("#2e7d32")
                                                                        .add("#1f3a5f")
                                                                        .add("#e0a100")
                                                                        .add("#a4161a")))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
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
