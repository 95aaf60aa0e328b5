package org.credence.ui.credit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.credit.boundary.Activation;
import org.credence.credit.boundary.AhpRequest;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.boundary.ModelCreation;
import org.credence.credit.boundary.WeightsTrial;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.credit.entity.Preview;
import org.credence.credit.entity.WeightsResult;
import org.credence.platform.ChinaTime;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.ui.Viewer;
import org.credence.ui.export.Exports;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordCategory;
import org.credence.web.Language;

/**
 * One evaluation model: its index tree, and for a draft of the caller's agency the tree editor, the
 * weights (typed with their running sum, derived by AHP with the consistency ratio recomputed as each
 * judgement changes, or by entropy), the preview of grades against the model in force, and
 * activation. An active model is retired here, and any model is the base of a new version. The
 * service decides who may change what; the page only offers what it would allow.
 */
@Named
@ViewScoped
public class ModelPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+).*");
    /** The businesses listed by a preview (the count covers them all). */
    static final int PREVIEW_LIST = 100;

    @Inject
    CreditModels models;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    private Long id;
    private ModelView model;
    private boolean mayChange;
    private ModelStructure structure;
    private String name;
    private Integer thresholdA;
    private Integer thresholdB;
    private Integer thresholdC;
    private List<ModelStructure.Indicator> weighted = List.of();
    private JudgementMatrix dimensionMatrix;
    private List<JudgementMatrix> withinDimensions = List.of();
    private WeightsResult derived;
    /** The tabs of the page, in order: index, editor, weights, AHP, entropy, preview, activation. */
    private static final int WEIGHTS_SECTION = 2;

    private static final int AHP_SECTION = 3;
    private static final int ENTROPY_SECTION = 4;
    private static final int PREVIEW_SECTION = 5;
    private PendingWeights pending;
    private Preview preview;
    private int activeSection;
    private LocalDate effectiveFrom;
    private transient List<SelectItem> categoryItems;

    /** Reads the model named by {@code ?id=} (a view action). */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            model = models.find(id);
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
            return;
        }
        mayChange = viewer.mayChange(model.agency());
        effectiveFrom = ChinaTime.today(Clock.systemUTC());
        reset();
    }

    /** Everything edited starts again from the stored model. */
    private void reset() {
        ModelDefinition d = model.definition();
        structure = ModelStructure.of(d);
        name = d.name();
        thresholdA = d.thresholds() == null ? null : d.thresholds().a();
        thresholdB = d.thresholds() == null ? null : d.thresholds().b();
        thresholdC = d.thresholds() == null ? null : d.thresholds().c();
        // the weights form holds its own copies: unsaved edits of the tree never go out with the weights
        weighted = new ArrayList<>();
        ModelStructure.of(d)
                .getDimensions()
                .forEach(dim -> dim.getIndicators().stream()
                        .filter(ModelStructure.Indicator::isNegative)
                        .forEach(weighted::add));
        judgementMatrices();
    }

    /**
     * One matrix over the dimensions and one within each dimension of several NEGATIVE indicators
     * (hierarchical AHP, so a tree of any size fits the scale's limit per matrix), filled from the
     * judgements the weights were derived from when there are any.
     */
    private void judgementMatrices() {
        JsonObject basis = "HIERARCHICAL_AHP".equals(model.weightMethod()) ? json(model.weightBasis()) : null;
        List<String> dimensionCodes = new ArrayList<>();
        List<String> dimensionNames = new ArrayList<>();
        List<JudgementMatrix> within = new ArrayList<>();
        for (ModelStructure.Dimension d : structure.getDimensions()) {
            List<ModelStructure.Indicator> negative = d.getIndicators().stream()
                    .filter(ModelStructure.Indicator::isNegative)
                    .toList();
            if (negative.isEmpty()) {
                continue;
            }
            dimensionCodes.add(d.getCode());
            dimensionNames.add(d.getName() == null ? d.getCode() : readable(d.getName()));
            if (negative.size() > 1) {
                JudgementMatrix m = new JudgementMatrix(
                        d.getCode(),
                        d.getName() == null ? d.getCode() : readable(d.getName()),
                        negative.stream().map(ModelStructure.Indicator::getCode).toList(),
                        negative.stream()
                                .map(i -> i.getName() == null ? i.getCode() : readable(i.getName()))
                                .toList());
                if (basis != null && basis.containsKey("dimensions")) {
                    m.fill(matrix(basis.getJsonObject("dimensions").get(d.getCode())));
                }
                within.add(m);
            }
        }
        dimensionMatrix =
                new JudgementMatrix("dimensions", language.text("model.dimensions"), dimensionCodes, dimensionNames);
        if (basis != null) {
            dimensionMatrix.fill(matrix(basis.get("dimensionMatrix")));
        }
        withinDimensions = within;
    }

    private static JsonObject json(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double[][] matrix(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        JsonArray rows = value.asJsonArray();
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getValueType() != JsonValue.ValueType.ARRAY) {
                return null;
            }
            JsonArray row = rows.get(i).asJsonArray();
            m[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                m[i][j] = row.getJsonNumber(j).doubleValue();
            }
        }
        return m;
    }

    // ---- the index tree

    public void addDimension() {
        structure.addDimension();
    }

    public void removeDimension(ModelStructure.Dimension dimension) {
        structure.remove(dimension);
    }

    public void addIndicator(ModelStructure.Dimension dimension) {
        structure.addIndicator(dimension);
    }

    public void removeIndicator(ModelStructure.Dimension dimension, ModelStructure.Indicator indicator) {
        structure.remove(dimension, indicator);
    }

    /** Stores the edited tree, name and thresholds as the draft's definition. */
    public void saveStructure() {
        ModelDefinition.Thresholds thresholds = new ModelDefinition.Thresholds(thresholdA, thresholdB, thresholdC);
        try {
            model = models.replace(id, structure.applyTo(model.definition(), name, thresholds));
            derived = null;
            pending = null;
            preview = null;
            reset();
            PageMessages.info(language.text("model.saved"));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, this::structureField);
        }
    }

    /** The client id of the tree editor's field a service field name points at (null: above the page). */
    private String structureField(String field) {
        if (field.equals("name")) {
            return "sections:structure:name";
        }
        if (field.equals("thresholds")) {
            return "sections:structure:thresholdA";
        }
        Matcher m = INDICATOR_FIELD.matcher(field);
        int[] at = m.matches() ? structure.position(Integer.parseInt(m.group(1))) : null;
        if (at == null) {
            return null;
        }
        String row = "sections:structure:dimensions:" + at[0];
        return switch (m.group(2)) {
            case "dimension" -> row + ":dimension";
            case "code", "name", "polarity", "categories", "halfLifeDays", "windowMonths", "bonusCap" ->
                row + ":indicators:" + at[1] + ":" + m.group(2);
            default -> null;
        };
    }

    /** Record categories for an indicator, grouped by polarity (read once per view: every indicator row offers them). */
    public List<SelectItem> getCategoryItems() {
        if (categoryItems != null) {
            return categoryItems;
        }
        List<SelectItem> groups = new ArrayList<>();
        for (Polarity polarity : Polarity.values()) {
            List<SelectItem> items = new ArrayList<>();
            for (RecordCategory c : catalogue.categories()) {
                if (c.polarity() == polarity) {
                    items.add(new SelectItem(c.code(), c.code() + " · " + readable(c.name())));
                }
            }
            SelectItemGroup group = new SelectItemGroup(language.text("model.polarity." + polarity.name()));
            group.setSelectItems(items);
            groups.add(group);
        }
        categoryItems = groups;
        return groups;
    }

    // ---- weights typed directly

    /** The running sum of the typed weights, as the administrator types. */
    public BigDecimal getWeightSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (ModelStructure.Indicator i : weighted) {
            if (i.getWeight() != null) {
                sum = sum.add(i.getWeight());
            }
        }
        return sum;
    }

    public boolean isWeightSumOne() {
        return getWeightSum().compareTo(BigDecimal.ONE) == 0;
    }

    /** Tries the typed weights: they and the grades they give are shown for review, nothing is stored yet. */
    public void saveWeights() {
        activeSection = WEIGHTS_SECTION;
        LinkedHashMap<String, BigDecimal> weights = new LinkedHashMap<>();
        weighted.forEach(i -> weights.put(i.getCode(), i.getWeight()));
        try {
            review(new PendingWeights("DIRECT", weights, null, null, models.trySetWeights(id, weights)));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> {
                int at = weightIndex(field.startsWith("weights.") ? field.substring("weights.".length()) : "");
                return at < 0 ? null : "sections:weights:direct:" + at + ":weight";
            });
        }
    }

    private int weightIndex(String code) {
        for (int i = 0; i < weighted.size(); i++) {
            if (weighted.get(i).getCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    // ---- weights by AHP and by entropy

    /**
     * Derives weights from the judgements as they stand, for review (a matrix with CR of 0.10 or more is
     * refused); the judgements reviewed are the ones stored on confirmation.
     */
    public void deriveByAhp() {
        activeSection = AHP_SECTION;
        LinkedHashMap<String, double[][]> within = new LinkedHashMap<>();
        withinDimensions.forEach(m -> within.put(m.getKey(), m.values()));
        double[][] dimensions = dimensionMatrix.values();
        try {
            review(new PendingWeights(
                    "HIERARCHICAL_AHP",
                    null,
                    dimensions,
                    within,
                    models.tryAhp(id, new AhpRequest(null, dimensions, within))));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** Derives weights by entropy over today's loads, for review. */
    public void deriveByEntropy() {
        activeSection = ENTROPY_SECTION;
        try {
            review(new PendingWeights("ENTROPY", null, null, null, models.tryEntropy(id)));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /**
     * Weights tried and not stored: how they were obtained (what confirmation sends again) and what the
     * trial showed.
     */
    public record PendingWeights(
            String method,
            LinkedHashMap<String, BigDecimal> typed,
            double[][] dimensions,
            LinkedHashMap<String, double[][]> within,
            WeightsTrial trial)
            implements Serializable {}

    /** One indicator's weight now and as the new weights would set it. */
    public record WeightChange(String code, String name, BigDecimal stored, BigDecimal proposed)
            implements Serializable {}

    private void review(PendingWeights weights) {
        pending = weights;
        preview = weights.trial().preview();
        // above the page, beside the review: the section that asked is behind the preview's tab now
        FacesContext.getCurrentInstance()
                .addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_INFO, language.text("model.reviewReady"), null));
    }

    /** Stores the weights just reviewed, obtained again the same way (a change meanwhile is refused). */
    public void confirmWeights() {
        if (pending == null) {
            return;
        }
        try {
            WeightsResult result = switch (pending.method()) {
                case "DIRECT" -> models.setWeights(id, pending.typed());
                case "ENTROPY" -> models.deriveByEntropy(id);
                default -> models.deriveByAhp(id, new AhpRequest(null, pending.dimensions(), pending.within()));
            };
            Preview reviewed = pending.trial().preview();
            pending = null;
            stored(result);
            preview = reviewed;
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** Drops the weights under review; the stored ones stay as they are, and what was typed stays in the form. */
    public void discardWeights() {
        pending = null;
        preview = null;
        PageMessages.info(language.text("model.weightsDiscarded"));
    }

    public PendingWeights getPending() {
        return pending;
    }

    /** The indicators' weights now and under review, in model order. */
    public List<WeightChange> getWeightChanges() {
        if (pending == null) {
            return List.of();
        }
        List<WeightChange> rows = new ArrayList<>();
        for (ModelStructure.Indicator i : weighted) {
            rows.add(new WeightChange(
                    i.getCode(),
                    i.getName() == null ? i.getCode() : i.getName(),
                    pending.trial().storedWeights().get(i.getCode()),
                    pending.trial().result().weights().get(i.getCode())));
        }
        return rows;
    }

    /** Whether the weights under review would replace weights derived from AHP judgements by other ones. */
    public boolean isReplacingJudgements() {
        return pending != null && isAhp(pending.trial().storedMethod()) && !isAhp(pending.method());
    }

    /** Whether the stored weights do not come from the judgements shown in the AHP form. */
    public boolean isJudgementsNotApplied() {
        return model != null && model.weightMethod() != null && !isAhp(model.weightMethod());
    }

    private static boolean isAhp(String method) {
        return "AHP".equals(method) || "HIERARCHICAL_AHP".equals(method);
    }

    private void stored(WeightsResult result) {
        model = models.find(id);
        List<JudgementMatrix> keptWithin = withinDimensions;
        JudgementMatrix keptDimensions = dimensionMatrix;
        reset();
        // whatever method stored the weights, the judgements stay on screen exactly as typed
        dimensionMatrix = keptDimensions;
        withinDimensions = keptWithin;
        derived = result;
        preview = null;
        PageMessages.info(language.text("model.weightsStored", language.text("model.method." + result.method())));
    }

    // ---- preview, activation, retirement, new versions

    /**
     * The open tab of the page: the preview while new weights wait for confirmation, else the section
     * whose button was pressed last (a whole-page answer opens where the person acted, refusals in view).
     */
    public int getActiveSection() {
        return pending != null ? PREVIEW_SECTION : activeSection;
    }

    public void setActiveSection(int activeSection) {
        this.activeSection = activeSection;
    }

    /** The grade changes the preview lists, as CSV or xlsx. */
    public void export(String format) {
        List<Preview.GradeChange> changes = preview == null ? List.of() : preview.changes();
        Exports.send(
                language,
                format,
                "model-" + id + "-grade-changes",
                language.text("model.changes"),
                Exports.header(
                        language,
                        "public.uscc",
                        "export.currentScore",
                        "export.currentGrade",
                        "export.draftScore",
                        "export.draftGrade"),
                table -> Exports.eachRow(
                        table,
                        changes,
                        (t, c) -> t.row(c.uscc(), c.currentScore(), c.currentGrade(), c.draftScore(), c.draftGrade())));
    }

    public void preview() {
        try {
            preview = models.preview(id, PREVIEW_LIST);
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** A Chart.js bar chart of the grade distributions, the model in force beside the draft. */
    public String getPreviewChart() {
        if (preview == null) {
            return null;
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (preview.current() != null) {
            datasets.add(dataset(
                    language.text("model.previewCurrentOf", String.valueOf(preview.comparedWith())),
                    preview.current(),
                    "#8a99ad"));
        }
        datasets.add(dataset(
                language.text("model.previewDraftOf", String.valueOf(preview.model())), preview.draft(), "#1f3a5f"));
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
                                .add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build()
                .toString();
    }

    private static JsonObject dataset(String label, Map<String, Long> grades, String colour) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (String grade : List.of("A", "B", "C", "D")) {
            values.add(grades.getOrDefault(grade, 0L));
        }
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colour)
                .build();
    }

    /** Grades side by side: the model in force and the draft, with the difference. */
    public record GradeCount(String grade, Long current, long draft) implements Serializable {}

    public List<GradeCount> getPreviewGrades() {
        if (preview == null) {
            return List.of();
        }
        List<GradeCount> rows = new ArrayList<>();
        for (String grade : List.of("A", "B", "C", "D")) {
            rows.add(new GradeCount(
                    grade,
                    preview.current() == null ? null : preview.current().getOrDefault(grade, 0L),
                    preview.draft().getOrDefault(grade, 0L)));
        }
        return rows;
    }

    public void activate() {
        try {
            model = models.activate(id, new Activation(effectiveFrom));
            pending = null;
            preview = null;
            reset();
            PageMessages.info(language.text("model.activated", model.effectiveFrom()));
        } catch (CredenceException e) {
            PageMessages.refusal(
                    language, e, field -> field.equals("effectiveFrom") ? "sections:activation:effectiveFrom" : null);
        }
    }

    public void retire() {
        try {
            model = models.retire(id);
            reset();
            PageMessages.info(language.text("model.retired", model.retiredOn()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** A new draft that copies this model, opened at once. */
    public void newVersion() {
        try {
            ModelView draft = models.create(new ModelCreation(id, null));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageMessages.info(language.text("model.versionCreated", draft.modelVersion()));
            external.redirect(external.getRequestContextPath() + "/app/model.xhtml?id=" + draft.id());
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- what the page reads

    /** The reader's part of a name written "中文 English". */
    private String readable(String name) {
        return org.credence.web.Readable.namePart(name, language.getLocale());
    }

    public String getTitle() {
        return model == null
                ? language.text("models.title")
                : language.text("model.title", readable(model.name()), model.modelVersion());
    }

    public boolean isEditable() {
        return mayChange && model != null && model.draft();
    }

    public boolean isRetirable() {
        return mayChange && model != null && "ACTIVE".equals(model.status());
    }

    public boolean isMayChange() {
        return mayChange;
    }

    public boolean isWeightsComplete() {
        return weighted.stream().allMatch(i -> i.getWeight() != null) && !weighted.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ModelView getModel() {
        return model;
    }

    public ModelStructure getStructure() {
        return structure;
    }

    public List<ModelStructure.Indicator> getWeighted() {
        return weighted;
    }

    /** Every matrix of the hierarchy: the dimensions first, then within each dimension. */
    public List<JudgementMatrix> getMatrices() {
        List<JudgementMatrix> all = new ArrayList<>();
        if (dimensionMatrix != null && dimensionMatrix.size() > 1) {
            all.add(dimensionMatrix);
        }
        all.addAll(withinDimensions);
        return all;
    }

    public List<String> getScale() {
        return JudgementMatrix.SCALE;
    }

    public WeightsResult getDerived() {
        return derived;
    }

    public Preview getPreview() {
        return preview;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getThresholdA() {
        return thresholdA;
    }

    public void setThresholdA(Integer thresholdA) {
        this.thresholdA = thresholdA;
    }

    public Integer getThresholdB() {
        return thresholdB;
    }

    public void setThresholdB(Integer thresholdB) {
        this.thresholdB = thresholdB;
    }

    public Integer getThresholdC() {
        return thresholdC;
    }

    public void setThresholdC(Integer thresholdC) {
        this.thresholdC = thresholdC;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
