package org.credence.ui.business;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.InvalidUsccException;
import org.credence.business.entity.Uscc;
import org.credence.credit.boundary.CreditView;
import org.credence.credit.boundary.ExplanationView;
import org.credence.credit.boundary.HistoryEntry;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.entity.Assignment;
import org.credence.platform.NotFoundException;
import org.credence.sharing.boundary.SharedCredit;
import org.credence.ui.Viewer;
import org.credence.violation.boundary.CreditLists;
import org.credence.violation.boundary.RecordQueries;
import org.credence.violation.boundary.RecordQuery;
import org.credence.web.BusinessView;
import org.credence.web.Language;
import org.credence.web.ListEntryView;
import org.credence.web.Readable;
import org.credence.web.RecordView;

/**
 * One business for the signed-in roles: score and grade under the market regulator's model in
 * force, each indicator's contribution (the explanation), the score's history, its records and list
 * entries and inspections. The credit reads are lookups like the API's, and audited as such.
 */
@Named
@RequestScoped
public class BusinessPage {

    /** The latest inspections shown. */
    static final int INSPECTIONS_SHOWN = 50;

    @Inject
    BusinessRegistry registry;

    @Inject
    SharedCredit credit;

    @Inject
    RecordQueries records;

    @Inject
    CreditLists lists;

    @Inject
    Language language;

    @Inject
    Assignments assignments;

    @Inject
    Viewer viewer;

    private String uscc;
    private BusinessView business;
    private CreditView score;
    private ExplanationView explanation;
    private List<HistoryEntry> history = List.of();
    private List<RecordView> recordList = List.of();
    private long recordTotal;
    private List<ListEntryView> entries = List.of();
    private List<Assignment> inspections = List.of();
    private String problem;

    /** Reads everything shown (a view action on GET with {@code ?uscc=}). */
    public void load() {
        if (uscc == null || uscc.isBlank()) {
            problem = language.text("business.none");
            return;
        }
        uscc = uscc.strip();
        Uscc code;
        try {
            code = Uscc.key(uscc);
            business = BusinessView.of(registry.find(code));
        } catch (InvalidUsccException e) {
            problem = language.text("public.invalid", uscc);
            return;
        } catch (NotFoundException e) {
            problem = language.text("public.unknown", uscc);
            return;
        }
        try {
            score = credit.current(uscc, null, null, null);
            explanation = credit.explanation(uscc, null, null, null);
        } catch (NotFoundException e) {
            problem = language.text("business.notScored");
        }
        history = credit.history(uscc, null, 100, null);
        var page = records.ofBusiness(code, new RecordQuery(null, null, null, 0, 20));
        recordList = page.items().stream().map(RecordView::of).toList();
        recordTotal = page.total();
        entries = lists.entriesOf(code).stream().map(ListEntryView::of).toList();
        inspections = assignments.ofBusiness(code, INSPECTIONS_SHOWN);
    }

    /** A Chart.js bar chart of each indicator's contribution to the score, as JSON for p:chart. */
    public String getExplanationChart() {
        if (explanation == null) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (ExplanationView.Indicator i : explanation.indicators()) {
            labels.add(lines(Readable.namePart(i.name(), language.getLocale())));
            values.add(i.contribution());
            colours.add("POSITIVE".equals(i.polarity()) ? "#2e7d32" : "#1f3a5f");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", language.text("business.contribution"))
                                                        .add("data", values)
                                                        .add("backgroundColor", colours))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
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

    /**
     * A chart's label in lines of at most 16 characters, broken between words (Chart.js draws an array as
     * lines): one long English name would otherwise be cut at the left of a phone-wide chart.
     */
    static JsonArrayBuilder lines(String label) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 16) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.add(line.toString());
    }

    /** A Chart.js line chart of the score over time (oldest first), as JSON for p:chart. */
    public String getHistoryChart() {
        if (history.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (int i = history.size() - 1; i >= 0; i--) {
            labels.add(Readable.date(history.get(i).asOf(), language.getLocale()));
            values.add(history.get(i).score());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", language.text("business.score"))
                                                        .add("data", values)
                                                        .add("borderColor", "#1f3a5f")
                                                        .add("stepped", true))))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build()
                .toString();
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public BusinessView getBusiness() {
        return business;
    }

    public CreditView getScore() {
        return score;
    }

    public ExplanationView getExplanation() {
        return explanation;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<RecordView> getRecords() {
        return recordList;
    }

    public String getRecordsShown() {
        return language.text("business.recordsShown", recordList.size(), recordTotal);
    }

    public List<ListEntryView> getEntries() {
        return entries;
    }

    public List<Assignment> getInspections() {
        return inspections;
    }

    /** A result before publication is for those who oversee every agency; everyone else sees it published. */
    public boolean showsOutcome(Assignment a) {
        return a.publishedAt() != null || viewer.isOverseer();
    }

    public String getProblem() {
        return problem;
    }
}
