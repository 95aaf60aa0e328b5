package org.credence.ui.validation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.control.ModelDefinition;
import org.credence.credit.control.ModelRepository.ModelView;
import org.credence.platform.CredenceException;
import org.credence.ui.Language;
import org.credence.ui.PageMessages;
import org.credence.ui.PagedRows;
import org.credence.ui.Readable;
import org.credence.ui.export.Exports;
import org.credence.validation.boundary.ModelValidations;
import org.credence.validation.boundary.ObservationView;
import org.credence.validation.boundary.ObservationsView;
import org.credence.validation.boundary.ValidationView;
import org.credence.validation.control.Outcome;

/**
 * A model's validation from the random inspections (validation-v1) for a period of completion dates
 * ({@code validation.xhtml?id=&from=&to=}): the hit rate of each grade with its Wilson interval as a
 * chart and a table, the prevalence, lift and monotonicity, the AUC and Gini of the score and the
 * grade with their ROC curves, the PSI of each full run, and the observations behind the figures a
 * page at a time, exported whole. The service decides who may read it (the model's agency, system
 * administrators and auditors) and audits a refusal.
 */
@Named
@ViewScoped
public class ValidationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The points a ROC curve is drawn from at most. */
    static final int ROC_POINTS = 300;
    /** Where one request keeps the observations it read (the table counts, then reads a page of the same). */
    private static final String READ = ValidationPage.class.getName() + ".observations:";
    private static final String GRADES = "DCBA";

    @Inject
    ModelValidations validations;

    @Inject
    CreditModels models;

    @Inject
    Language language;

    private Long id;
    private LocalDate from;
    private LocalDate to;
    private ModelView model;
    /** The report, read again after the session moved to another node (the charts are kept as they were drawn). */
    private transient ValidationView report;
    private boolean readable;
    private String gradeChart;
    private String rocChart;
    private String stabilityChart;

    private final PagedRows<ObservationRow> observations = new PagedRows<>(this::rows, this::rowCount,
            r -> r.drawKey() + "/" + r.uscc());

    /** One observation as the table shows it. */
    public record ObservationRow(String drawKey, String uscc, String grade, double score, int selected, int pool,
                                 double weight, String outcome, LocalDate completedOn) implements Serializable {
    }

    /** The AUC and Gini of one ranking, formatted; {@code auc} null when undefined. */
    public record Discrimination(String ranking, String auc, String gini) implements Serializable {
    }

    /** Reads the model named by {@code ?id=} and its report for {@code ?from=&to=} (a view action). */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            model = models.find(id);
            report = validations.report(id, from, to);
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> field.equals("from") ? "period:from" : null);
            return;
        }
        readable = true;
        // the period read, defaults included, stays in the address of every form on the page
        from = report.from();
        to = report.to();
        draw(observationsRead());
    }

    private void draw(ObservationsView read) {
        List<ObservationView> observed = read.observations().stream()
                .filter(o -> Outcome.valueOf(o.outcome()).observed()).toList();
        int n = observed.size();
        double[] scores = new double[n];
        double[] grades = new double[n];
        boolean[] hits = new boolean[n];
        double[] weights = new double[n];
        for (int t = 0; t < n; t++) {
            ObservationView o = observed.get(t);
            scores[t] = o.score();
            grades[t] = GRADES.indexOf(o.grade()); // D riskiest, as a low score is
            hits[t] = Outcome.valueOf(o.outcome()).hit();
            weights[t] = o.weight();
        }
        gradeChart = ValidationCharts.grades(report, language::text);
        List<RocCurve.Point> byScore = RocCurve.of(scores, hits, weights);
        // without a hit and a clean result there is no curve, as there is no AUC
        rocChart = byScore.isEmpty() ? null : ValidationCharts.roc(RocCurve.thinned(byScore, ROC_POINTS),
                RocCurve.of(grades, hits, weights), language::text);
        stabilityChart = report.stability().isEmpty() ? null
                : ValidationCharts.stability(report.stability(), language::text, language.getLocale());
    }

    /** The period asked for again: its dates go into the address, so a reload or a bookmark shows the same. */
    public String show() {
        if (from != null && to != null && to.isBefore(from)) {
            PageMessages.error("period:to", language.text("filter.toBeforeFrom"));
            return null;
        }
        return "/app/validation?faces-redirect=true&includeViewParams=true";
    }

    /**
     * The observations of the model and period, read once per request: the service reads them whole
     * (the figures need them all), so the table's count and page, or an export, share one reading.
     */
    private ObservationsView observationsRead() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        String key = READ + id + "/" + from + "/" + to;
        ObservationsView read = (ObservationsView) request.get(key);
        if (read == null) {
            read = validations.observations(id, from, to);
            request.put(key, read);
        }
        return read;
    }

    private List<ObservationRow> rows(int offset, int limit) {
        if (!readable) {
            return List.of();
        }
        List<ObservationView> all = observationsRead().observations();
        int end = Math.min(all.size(), offset + limit);
        if (offset >= end) {
            return List.of();
        }
        return all.subList(offset, end).stream().map(o -> new ObservationRow(o.drawKey(), o.uscc(), o.grade(), o.score(),
                o.selected(), o.pool(), o.weight(), o.outcome(), o.completedOn())).toList();
    }

    private long rowCount() {
        return readable ? observationsRead().observations().size() : 0;
    }

    /**
     * Every observation of the period as CSV or xlsx: what the API publishes (draw, business, grade
     * and score the draw used, each NEGATIVE indicator's load, the grade's drawn and pool counts, the
     * chance and weight, the outcome, the completion date), headed in the reader's language.
     */
    public void export(String format) {
        if (!readable) {
            return;
        }
        ObservationsView read;
        try {
            read = observationsRead();
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
            return;
        }
        List<String> header = new ArrayList<>(Exports.header(language, "validationPage.drawKey", "public.uscc",
                "validationPage.gradeAtDraw", "validationPage.scoreAtDraw"));
        for (String code : read.indicators()) {
            header.add(language.text("validationPage.export.load", indicatorName(code), code));
        }
        header.addAll(Exports.header(language, "validationPage.export.selected", "validationPage.export.pool",
                "validationPage.export.inclusion", "validationPage.weight", "public.outcome", "validationPage.completedOn"));
        int width = header.size();
        Exports.send(language, format, "validation-model-" + id + "-" + from + "-" + to,
                language.text("validationPage.observationsTitle"), header,
                table -> Exports.eachRow(table, read.observations(), (t, o) -> {
                    List<Object> row = new ArrayList<>(width);
                    row.add(o.drawKey());
                    row.add(o.uscc());
                    row.add(o.grade());
                    row.add(o.score());
                    for (String code : read.indicators()) {
                        row.add(o.loads().get(code));
                    }
                    row.add(o.selected());
                    row.add(o.pool());
                    row.add(o.inclusion());
                    row.add(o.weight());
                    row.add(Exports.label(language, "outcome.", o.outcome()));
                    row.add(Exports.date(o.completedOn()));
                    t.row(row.toArray());
                }));
    }

    /** An indicator of the model by the reader's part of its name (its code when it has none). */
    private String indicatorName(String code) {
        for (ModelDefinition.IndicatorDefinition i : model.definition().indicators()) {
            if (i.code().equals(code) && i.name() != null && !i.name().isBlank()) {
                return Readable.namePart(i.name(), language.getLocale());
            }
        }
        return code;
    }

    // ---- what the page reads

    public ValidationView getReport() {
        if (report == null && readable) {
            report = validations.report(id, from, to);
        }
        return readable ? report : null;
    }

    public String getTitle() {
        return model == null ? language.text("validationPage.heading")
                : language.text("validationPage.title", Readable.namePart(model.name(), language.getLocale()),
                model.modelVersion());
    }

    /** A grade's hit rate as a percent, "unknown" for a grade never drawn, empty when nothing was found. */
    public String hitRate(ValidationView.GradeView g) {
        if (g.hitRate() != null) {
            return Readable.share(g.hitRate(), 1, language.getLocale());
        }
        return "NEVER_DRAWN".equals(g.coverage()) ? language.text("validationPage.unknown") : "—";
    }

    /** A grade's 95 % Wilson interval, {@code 5.1% – 20.4%}. */
    public String interval(ValidationView.GradeView g) {
        if (g.lower() == null || g.upper() == null) {
            return "—";
        }
        return Readable.share(g.lower(), 1, language.getLocale()) + " – " + Readable.share(g.upper(), 1, language.getLocale());
    }

    /** Why a grade has no hit rate (nothing when it has one). */
    public String coverage(ValidationView.GradeView g) {
        String key = "validationPage.coverage." + g.coverage();
        return "OBSERVED".equals(g.coverage()) || !language.has(key) ? "" : language.text(key);
    }

    public String inversion(ValidationView.InversionView i) {
        return language.text("validationPage.inversion", i.better(), i.worse(),
                Readable.share(i.betterHitRate(), 1, language.getLocale()),
                Readable.share(i.worseHitRate(), 1, language.getLocale()))
                + " " + language.text(i.significant() ? "validationPage.significant" : "validationPage.notSignificant");
    }

    /** The grades never drawn, joined as the language joins a list. */
    public String getUnknownGrades() {
        ValidationView r = getReport();
        return r == null ? "" : Readable.list(r.unknownGrades(), String::valueOf, language.getLocale());
    }

    /** The score's and the grade's AUC and Gini, three decimals each. */
    public List<Discrimination> getDiscrimination() {
        ValidationView r = getReport();
        if (r == null) {
            return List.of();
        }
        return List.of(discrimination("validationPage.rankScore", r.score()),
                discrimination("validationPage.rankGrade", r.grade()));
    }

    private Discrimination discrimination(String key, ValidationView.DiscriminationView d) {
        if (!d.defined() || d.auc() == null) {
            return new Discrimination(language.text(key), null, null);
        }
        return new Discrimination(language.text(key), Readable.fixed(d.auc(), 3, language.getLocale()),
                Readable.fixed(d.gini(), 3, language.getLocale()));
    }

    public String psi(ValidationView.ShiftView s) {
        return s.psi() == null ? "—" : Readable.fixed(s.psi(), 3, language.getLocale());
    }

    public String band(ValidationView.ShiftView s) {
        return s.band() == null ? "" : language.text("validationPage.band." + s.band());
    }

    public String outcome(String code) {
        return Exports.label(language, "outcome.", code);
    }

    public PagedRows<ObservationRow> getObservations() {
        return observations;
    }

    public ModelView getModel() {
        return model;
    }

    public boolean isReadable() {
        return readable;
    }

    public String getGradeChart() {
        return gradeChart;
    }

    public String getRocChart() {
        return rocChart;
    }

    public String getStabilityChart() {
        return stabilityChart;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
