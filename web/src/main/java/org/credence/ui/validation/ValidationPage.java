package org.credence.ui.validation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.credit.entity.OutcomeWeightsResult;
import org.credence.platform.CredenceException;
import org.credence.platform.Message;
import org.credence.ui.PageMessages;
import org.credence.ui.PagedRows;
import org.credence.ui.Viewer;
import org.credence.ui.export.Exports;
import org.credence.validation.boundary.LearnedWeights;
import org.credence.validation.boundary.ModelValidations;
import org.credence.validation.boundary.ObservationView;
import org.credence.validation.boundary.ObservationsView;
import org.credence.validation.boundary.OutcomeDrafts;
import org.credence.validation.boundary.ValidationView;
import org.credence.validation.control.Outcome;
import org.credence.web.Language;
import org.credence.web.Readable;

/**
 * A model's validation from the random inspections (validation-v1) for a period of completion dates
 * ({@code validation.xhtml?id=&from=&to=}): the hit rate of each grade with its Wilson interval as a
 * chart and a table, the prevalence, lift and monotonicity, the AUC and Gini of the score and the
 * grade with their ROC curves, the PSI of each full run, and the observations behind the figures a
 * page at a time, exported whole; the weights the period's outcomes would give beside the current ones,
 * which an administrator of the model's agency makes a new draft version of the model after a
 * confirmation. The services decide who may read and who may make a draft (the model's agency, system
 * administrators and auditors read; its administrators and system administrators make drafts) and
 * audit a refusal.
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
    OutcomeDrafts outcomeDrafts;

    @Inject
    Language language;

    @Inject
    Viewer viewer;

    private Long id;
    private LocalDate from;
    private LocalDate to;
    /** The period's form: what is typed there changes the report only once shown (the address names the report's period). */
    private LocalDate periodFrom;

    private LocalDate periodTo;
    private ModelView model;
    /** The report, read again after the session moved to another node (the charts are kept as they were drawn). */
    private transient ValidationView report;

    private boolean readable;
    /** The ROC curves as drawn (the charts are written in the reader's language at each rendering). */
    private List<RocCurve.Point> rocByScore = List.of();

    private List<RocCurve.Point> rocByGrade = List.of();
    /** The weights the period's outcomes would give (null when refused, with the refusal in its place). */
    private Learned learned;

    private Message learnedRefusal;
    private boolean mayDraft;

    private final PagedRows<ObservationRow> observations =
            new PagedRows<>(this::rows, this::rowCount, r -> r.drawKey() + "/" + r.uscc());

    /** One observation as the table shows it. */
    public record ObservationRow(
            String drawKey,
            String uscc,
            String grade,
            double score,
            int selected,
            int pool,
            double weight,
            String outcome,
            LocalDate completedOn)
            implements Serializable {}

    /**
     * The weights learned from the period's outcomes beside the current ones, and how well each ranks.
     *
     * @param crossValidationRefusal why the cross-validated AUC is missing (null when it is not)
     */
    public record Learned(
            long hits,
            long cleans,
            String currentMethod,
            List<LearnedWeight> weights,
            Double currentAuc,
            Double learnedAuc,
            Double crossValidatedAuc,
            Message crossValidationRefusal)
            implements Serializable {}

    /**
     * One NEGATIVE indicator (its name as the model writes it, "中文 English") with its weight now and as
     * learned, and the fitted effect of a point of its load ({@code perPoint} null when its load never
     * varied and it was left out).
     */
    public record LearnedWeight(String code, String name, BigDecimal current, BigDecimal learned, Double perPoint)
            implements Serializable {}

    /** The AUC and Gini of one ranking, formatted; {@code auc} null when undefined. */
    public record Discrimination(String ranking, String auc, String gini) implements Serializable {}

    /**
     * Reads the model named by {@code ?id=} and, from one reading of its observations for
     * {@code ?from=&to=}, the report, the observations and the learned weights (a view action).
     */
    public void load() {
        if (id == null) {
            return;
        }
        periodFrom = from;
        periodTo = to;
        ModelValidations.PageData data;
        try {
            model = models.find(id);
            data = validations.page(id, from, to);
        } catch (CredenceException e) {
            if (e.status() == 403 || e.status() == 404) {
                model = null; // nothing of a model the reader may not see, not even its name
            }
            PageMessages.refusal(language, e, field -> field.equals("from") ? "period:from" : null);
            return;
        }
        readable = true;
        report = data.report();
        // the period read, defaults included, stays in the address of every form on the page
        from = report.from();
        to = report.to();
        periodFrom = from;
        periodTo = to;
        FacesContext.getCurrentInstance().getAttributes().put(readKey(), data.observations());
        draw(data.observations());
        mayDraft = viewer.mayChange(model.agency());
        // the weights the outcomes would give; too few outcomes is said in the weights' place, with the counts
        learned = data.learned() == null ? null : learned(data.learned());
        learnedRefusal = data.learned() == null ? data.learnedRefusal() : null;
    }

    private Learned learned(LearnedWeights w) {
        List<LearnedWeight> rows = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> current : w.currentWeights().entrySet()) {
            Double perPoint = w.effects().stream()
                    .filter(e -> e.code().equals(current.getKey()))
                    .findFirst()
                    .map(OutcomeWeightsResult.IndicatorEffect::perPoint)
                    .orElse(null);
            rows.add(new LearnedWeight(
                    current.getKey(),
                    indicatorDefinitionName(current.getKey()),
                    current.getValue(),
                    w.learnedWeights().get(current.getKey()),
                    perPoint));
        }
        return new Learned(
                w.hits(),
                w.cleans(),
                w.currentMethod(),
                rows,
                w.currentAuc(),
                w.learnedAuc(),
                w.crossValidatedAuc(),
                w.crossValidationRefusal());
    }

    /**
     * Makes the learned weights a new draft version of the model (learned again from the same period:
     * outcomes recorded meanwhile count) and opens it, where it is previewed and activated like any draft.
     */
    public void makeDraft() {
        try {
            OutcomeWeightsResult result = outcomeDrafts.deriveByOutcomes(id, from, to);
            ModelView draft = models.find(result.draft());
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            // above the draft's page, where the person lands
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            language.text(
                                    "validationPage.draftCreated",
                                    draft.modelVersion(),
                                    result.hits(),
                                    result.cleans()),
                            null));
            external.redirect(external.getRequestContextPath() + "/app/model.xhtml?id=" + draft.id());
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The confirmation before a draft is made, naming the model it will be a new version of and the period. */
    public String getDraftQuestion() {
        if (model == null) {
            return "";
        }
        return language.confirm(
                "validationPage.confirmDraft",
                Readable.namePart(model.name(), language.getLocale()),
                model.modelVersion(),
                Readable.date(from, language.getLocale()) + " – " + Readable.date(to, language.getLocale()));
    }

    private void draw(ObservationsView read) {
        List<ObservationView> observed = read.observations().stream()
                .filter(o -> Outcome.valueOf(o.outcome()).observed())
                .toList();
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
        rocByScore = RocCurve.thinned(RocCurve.of(scores, hits, weights), ROC_POINTS);
        rocByGrade = RocCurve.of(grades, hits, weights);
    }

    /** The period asked for again: its dates go into the address, so a reload or a bookmark shows the same. */
    public String show() {
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            PageMessages.error("period:to", language.text("filter.toBeforeFrom"));
            return null;
        }
        from = periodFrom;
        to = periodTo;
        return "/app/validation?faces-redirect=true&includeViewParams=true";
    }

    /**
     * The observations of the model and period, read once per request: the service reads them whole
     * (the figures need them all), so the table's count and page, or an export, share one reading.
     */
    private ObservationsView observationsRead() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        String key = readKey();
        ObservationsView read = (ObservationsView) request.get(key);
        if (read == null) {
            read = validations.observations(id, from, to);
            request.put(key, read);
        }
        return read;
    }

    /** Where this request keeps the observations of the model and period it read. */
    private String readKey() {
        return READ + id + "/" + from + "/" + to;
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
        return all.subList(offset, end).stream()
                .map(o -> new ObservationRow(
                        o.drawKey(),
                        o.uscc(),
                        o.grade(),
                        o.score(),
                        o.selected(),
                        o.pool(),
                        o.weight(),
                        o.outcome(),
                        o.completedOn()))
                .toList();
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
        List<String> header = new ArrayList<>(Exports.header(
                language,
                "validationPage.drawKey",
                "public.uscc",
                "validationPage.gradeAtDraw",
                "validationPage.scoreAtDraw"));
        for (String code : read.indicators()) {
            header.add(language.text("validationPage.export.load", indicatorName(code), code));
        }
        header.addAll(Exports.header(
                language,
                "validationPage.export.selected",
                "validationPage.export.pool",
                "validationPage.export.inclusion",
                "validationPage.weight",
                "public.outcome",
                "validationPage.completedOn"));
        int width = header.size();
        Exports.send(
                language,
                format,
                "validation-model-" + id + "-" + from + "-" + to,
                language.text("validationPage.observationsTitle"),
                header,
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
        return Readable.namePart(indicatorDefinitionName(code), language.getLocale());
    }

    /** An indicator's name as the model writes it (its code when it has none). */
    private String indicatorDefinitionName(String code) {
        for (ModelDefinition.IndicatorDefinition i : model.definition().indicators()) {
            if (i.code().equals(code) && i.name() != null && !i.name().isBlank()) {
                return i.name();
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
        return model == null
                ? language.text("validationPage.heading")
                : language.text(
                        "validationPage.title",
                        Readable.namePart(model.name(), language.getLocale()),
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
        return Readable.share(g.lower(), 1, language.getLocale()) + " – "
                + Readable.share(g.upper(), 1, language.getLocale());
    }

    /** Why a grade has no hit rate (nothing when it has one). */
    public String coverage(ValidationView.GradeView g) {
        String key = "validationPage.coverage." + g.coverage();
        return language.has(key) ? language.text(key) : "";
    }

    public String inversion(ValidationView.InversionView i) {
        return language.text(
                        "validationPage.inversion",
                        i.better(),
                        i.worse(),
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
        return List.of(
                discrimination("validationPage.rankScore", r.score()),
                discrimination("validationPage.rankGrade", r.grade()));
    }

    private Discrimination discrimination(String key, ValidationView.DiscriminationView d) {
        if (!d.defined() || d.auc() == null) {
            return new Discrimination(language.text(key), null, null);
        }
        return new Discrimination(
                language.text(key),
                Readable.fixed(d.auc(), 3, language.getLocale()),
                Readable.fixed(d.gini(), 3, language.getLocale()));
    }

    /** A weight as the model page writes it, six decimals; a dash when there is none. */
    public String weight(BigDecimal weight) {
        return weight == null ? "—" : Readable.fixed(weight.doubleValue(), 6, language.getLocale());
    }

    /** An AUC to three decimals, or why there is none. */
    public String auc(Double auc) {
        return auc == null
                ? language.text("validationPage.aucUndefinedShort")
                : Readable.fixed(auc, 3, language.getLocale());
    }

    public Learned getLearned() {
        return learned;
    }

    /** Why no weights were learned, in the reader's language (null when they were). */
    public String getLearnedRefusal() {
        return learnedRefusal == null ? null : learnedRefusal.in(language.getLocale());
    }

    /** Why the cross-validated AUC is missing, in the reader's language. */
    public String refusal(Message message) {
        return message == null ? "" : message.in(language.getLocale());
    }

    public boolean isMayDraft() {
        return mayDraft;
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

    /** The hit rates with their intervals, as a Chart.js configuration in the reader's language. */
    public String getGradeChart() {
        ValidationView r = getReport();
        return r == null ? null : ValidationCharts.grades(r, language::text);
    }

    /** The ROC curves; none without a hit and a clean result (as there is no AUC then). */
    public String getRocChart() {
        return rocByScore.isEmpty() ? null : ValidationCharts.roc(rocByScore, rocByGrade, language::text);
    }

    /** The PSI of each full run of the period; none without one. */
    public String getStabilityChart() {
        ValidationView r = getReport();
        return r == null || r.stability().isEmpty()
                ? null
                : ValidationCharts.stability(r.stability(), language::text, language.getLocale());
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

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
