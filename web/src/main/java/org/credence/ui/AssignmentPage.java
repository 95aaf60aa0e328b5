package org.credence.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ValueChangeEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.boundary.ResultRequest;
import org.credence.inspection.entity.Assignment;
import org.credence.inspection.entity.EvidenceFile;
import org.credence.platform.CredenceException;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordCategory;
import org.credence.violation.entity.RecordSubmission;
import org.credence.violation.entity.Severity;
import org.credence.web.Language;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * An assignment: what to inspect, the result form with evidence, and publication for its team; the
 * result and its evidence to open for the plan's overseers. The service decides who may see it (the
 * team, system administrators, auditors, administrators of the plan's agencies) and who may change it
 * (the team only); this page shows its answer.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The outcomes the form offers; VIOLATIONS_FOUND files a penalty record with the result. */
    public static final List<String> OUTCOMES =
            List.of("NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED");

    private static final Set<String> FORM_FIELDS = Set.of(
            "outcome",
            "notes",
            "completedOn",
            "category",
            "severity",
            "decisionNumber",
            "decisionDate",
            "legalBasis",
            "penaltyType",
            "penaltyAmount");

    @Inject
    Assignments assignments;

    @Inject
    Language language;

    @Inject
    RecordCatalogue catalogue;

    private Long id;
    private Assignment assignment;
    private List<EvidenceFile> evidence = List.of();
    private String outcome;
    private String notes;
    private LocalDate completedOn;
    private transient Part file;
    private HeldFile held;
    private transient Part moreEvidence;
    private String category;
    private String severity;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String legalBasis;
    private String penaltyType;
    private BigDecimal penaltyAmount;

    /** Reads the assignment named by {@code ?id=} (a view action). */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            refresh();
            outcome = assignment.outcome();
            notes = assignment.notes();
            completedOn = assignment.completedOn();
        } catch (CredenceException e) {
            show(e);
        }
    }

    private void refresh() {
        assignment = assignments.find(id);
        evidence = assignments.evidence(id);
    }

    /** An evidence file the browser sent with the result form, held until the result is stored. */
    public record HeldFile(String name, String contentType, byte[] content) implements Serializable {}

    /**
     * Holds the evidence file as soon as it arrives, before the form is validated: a form refused for
     * another field keeps its file (a browser never sends a file input again), until stored or removed.
     */
    public void evidenceChosen(ValueChangeEvent event) {
        if (!(event.getNewValue() instanceof Part part) || part.getSize() == 0) {
            return;
        }
        if (tooLarge(part, "result:evidence")) {
            FacesContext.getCurrentInstance().validationFailed();
            FacesContext.getCurrentInstance().renderResponse();
            return;
        }
        held = new HeldFile(part.getSubmittedFileName(), part.getContentType(), content(part));
    }

    /** Drops the held evidence file (the other fields keep what was typed). */
    public void removeEvidence() {
        held = null;
    }

    /** Records (or corrects) the result with the held evidence file, if any: both or neither. */
    public void save() {
        try {
            assignments.recordResult(
                    id,
                    new ResultRequest(outcome, notes, completedOn, penalty()),
                    held == null ? null : held.name(),
                    held == null ? null : held.contentType(),
                    held == null ? null : held.content());
            held = null;
            refresh();
            PageMessages.info(language.text("assignment.saved"));
        } catch (CredenceException e) {
            show(e);
        }
    }

    public HeldFile getHeld() {
        return held;
    }

    /** The held file's size as people read it (B, KB, MB). */
    public String getHeldSize() {
        return held == null ? null : readableSize(held.content().length, language.getLocale());
    }

    static String readableSize(long bytes, java.util.Locale locale) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return number.format(bytes / 1024.0) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024)) + " MB";
    }

    /** Adds an evidence file to a recorded result, without sending the result again. */
    public void addEvidence() {
        if (moreEvidence == null || moreEvidence.getSize() == 0 || tooLarge(moreEvidence, "more:file")) {
            return;
        }
        try {
            assignments.addEvidence(
                    id, moreEvidence.getSubmittedFileName(), moreEvidence.getContentType(), content(moreEvidence));
            refresh();
            PageMessages.info(language.text("assignment.evidenceAdded"));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** Whether a file is over the API's evidence limit (the page's multipart limit is higher); says so next to the field. */
    private boolean tooLarge(Part part, String clientId) {
        long max = ConfigProvider.getConfig()
                .getOptionalValue("credence.inspection.evidence-max-bytes", Long.class)
                .orElse(10L * 1024 * 1024);
        if (part != null && part.getSize() > max) {
            PageMessages.error(clientId, language.text("assignment.evidenceTooLarge", max / (1024 * 1024)));
            return true;
        }
        return false;
    }

    private static byte[] content(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Publishes the recorded result (the page asks for confirmation first: it cannot be undone). */
    public void publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            assignments.publish(id);
            refresh();
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_INFO, language.text("assignment.published"), null));
        } catch (CredenceException e) {
            show(e);
        }
    }

    /** The penalty record VIOLATIONS_FOUND files (the service fills in the business and the agency). */
    private RecordSubmission penalty() {
        if (!"VIOLATIONS_FOUND".equals(outcome)) {
            return null;
        }
        return new RecordSubmission(
                null,
                null,
                category,
                severity,
                decisionNumber,
                decisionDate == null ? null : decisionDate.toString(),
                legalBasis,
                penaltyType,
                penaltyAmount,
                null);
    }

    /** The service's refusal: each field's message next to its field, the rest above the page. */
    private void show(CredenceException e) {
        PageMessages.refusal(language, e, field -> FORM_FIELDS.contains(field) ? "result:" + field : null);
    }

    /** Negative record categories for the penalty record. */
    public List<RecordCategory> getCategories() {
        return catalogue.categories().stream()
                .filter(c -> c.polarity() == Polarity.NEGATIVE)
                .toList();
    }

    public List<String> getSeverities() {
        return java.util.Arrays.stream(Severity.values()).map(Enum::name).toList();
    }

    public List<String> getPenaltyTypes() {
        return java.util.Arrays.stream(PenaltyType.values()).map(Enum::name).toList();
    }

    public boolean isViolations() {
        return "VIOLATIONS_FOUND".equals(outcome);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getPenaltyType() {
        return penaltyType;
    }

    public void setPenaltyType(String penaltyType) {
        this.penaltyType = penaltyType;
    }

    public BigDecimal getPenaltyAmount() {
        return penaltyAmount;
    }

    public void setPenaltyAmount(BigDecimal penaltyAmount) {
        this.penaltyAmount = penaltyAmount;
    }

    public String getTitle() {
        return language.text("assignment.title", id == null ? "" : String.valueOf(id));
    }

    public List<String> getOutcomes() {
        return OUTCOMES;
    }

    public boolean isOpen() {
        return assignment != null && assignment.publishedAt() == null;
    }

    /** Whether the viewer is on the team (who record and publish); overseers read and download only. */
    public boolean isMember() {
        return assignment != null
                && assignment.hasMember(
                        FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    /**
     * An evidence file to open or save: read (and audited) by the service, which lets the team and the
     * plan's overseers have it and refuses anyone else.
     */
    public StreamedContent download(long fileId) {
        try {
            Assignments.Download d = assignments.download(id, fileId);
            byte[] content = d.content();
            return DefaultStreamedContent.builder()
                    .name(d.file().fileName())
                    .contentType(d.file().contentType())
                    .contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public List<EvidenceFile> getEvidence() {
        return evidence;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public Part getMoreEvidence() {
        return moreEvidence;
    }

    public void setMoreEvidence(Part moreEvidence) {
        this.moreEvidence = moreEvidence;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
