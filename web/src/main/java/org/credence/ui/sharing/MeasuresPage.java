package org.credence.ui.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.credence.platform.CredenceException;
import org.credence.platform.Page;
import org.credence.platform.PageSize;
import org.credence.sharing.boundary.Measures;
import org.credence.sharing.boundary.Measures.CaseView;
import org.credence.sharing.boundary.Measures.MeasureView;
import org.credence.ui.PageMessages;
import org.credence.ui.export.Exports;
import org.credence.web.Language;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Joint measures (联合奖惩): the catalogue with each measure's legal basis (a system administrator
 * adds to it), the cases of the caller's agency (every agency's for overseers) a page at a time, and
 * the applying agency's feedback on a case. The service decides who sees and reports what.
 */
@Named
@ViewScoped
public class MeasuresPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> TRIGGERS = List.of("GRADE_D", "SERIOUS_LIST", "ABNORMAL_LIST", "RECORD_CATEGORY");

    @Inject
    Measures measures;

    @Inject
    Language language;

    private transient List<MeasureView> measureList;
    private String status = "DUE";
    private String agencyFilter;
    private transient Page<CaseView> lastPage;
    private CaseView reporting;
    private String outcome;
    private String reason;
    private String code;
    private String agency;
    private String leadAgency;
    private String name;
    private String legalBasis;
    private String trigger;
    private String category;

    private final LazyDataModel<CaseView> cases = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, read(0, 20).total());
        }

        @Override
        public List<CaseView> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<CaseView> page = read(first / pageSize, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(CaseView c) {
            return String.valueOf(c.id());
        }
    };

    private Page<CaseView> read(int page, int size) {
        if (lastPage == null || lastPage.page() != page || lastPage.size() != size) {
            try {
                lastPage = measures.cases(
                        agencyFilter == null || agencyFilter.isBlank() ? null : agencyFilter,
                        status == null || status.isBlank() ? null : status,
                        page,
                        size);
            } catch (CredenceException e) {
                PageMessages.refusal(language, e);
                lastPage = new Page<>(List.of(), page, size, 0);
            }
        }
        return lastPage;
    }

    /** Every case of the filter shown, read a page of {@value PageSize#MAX} at a time, as CSV or xlsx. */
    public void export(String format) {
        String agencyCode = agencyFilter == null || agencyFilter.isBlank() ? null : agencyFilter;
        String caseStatus = status == null || status.isBlank() ? null : status;
        int[] next = {0};
        Exports.send(
                language,
                format,
                "measure-cases",
                language.text("measures.cases"),
                Exports.header(
                        language,
                        "models.id",
                        "export.measureCode",
                        "measures.measure",
                        "public.uscc",
                        "measures.applies",
                        "inspections.lead",
                        "clients.status",
                        "measures.triggeredAt",
                        "measures.feedback",
                        "public.reason"),
                table -> Exports.eachChunk(
                        table,
                        (CaseView last) -> measures.cases(agencyCode, caseStatus, next[0]++, PageSize.MAX)
                                .items(),
                        (t, c) -> t.row(
                                c.id(),
                                c.measure(),
                                c.measureName(),
                                c.uscc(),
                                c.agency(),
                                c.leadAgency(),
                                Exports.label(language, "case.status.", c.status()),
                                Exports.chinaTime(c.triggeredAt()),
                                c.feedback() == null ? null : Exports.label(language, "feedback.", c.feedback()),
                                c.feedbackReason())));
    }

    public List<MeasureView> getCatalogue() {
        if (measureList == null) {
            measureList = measures.catalogue();
        }
        return measureList;
    }

    public void filter() {
        lastPage = null;
    }

    /** Opens the feedback form for a case. */
    public void report(CaseView c) {
        reporting = c;
        outcome = c.feedback();
        reason = c.feedbackReason();
    }

    public void sendFeedback() {
        try {
            measures.feedback(reporting.id(), new Measures.FeedbackRequest(outcome, reason));
            PageMessages.info(language.text("measures.feedbackSaved", reporting.id()));
            reporting = null;
            lastPage = null;
        } catch (CredenceException e) {
            PageMessages.refusal(
                    language,
                    e,
                    field -> field.equals("outcome") || field.equals("reason") ? "feedback:" + field : null);
        }
    }

    public void create() {
        try {
            MeasureView created = measures.create(new Measures.MeasureRequest(
                    code,
                    agency,
                    leadAgency,
                    name,
                    legalBasis,
                    trigger,
                    "RECORD_CATEGORY".equals(trigger) ? category : null));
            PageMessages.info(language.text("measures.created", created.code()));
            measureList = null;
            lastPage = null;
            code = null;
            name = null;
            legalBasis = null;
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> switch (field) {
                case "code", "agency", "leadAgency", "name", "legalBasis", "trigger", "category" -> "measure:" + field;
                default -> null;
            });
        }
    }

    public List<String> getTriggers() {
        return TRIGGERS;
    }

    public LazyDataModel<CaseView> getCases() {
        return cases;
    }

    public CaseView getReporting() {
        return reporting;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAgencyFilter() {
        return agencyFilter;
    }

    public void setAgencyFilter(String agencyFilter) {
        this.agencyFilter = agencyFilter;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public void setLeadAgency(String leadAgency) {
        this.leadAgency = leadAgency;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
