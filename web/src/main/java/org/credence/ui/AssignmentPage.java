package org.credence.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.boundary.ResultRequest;
import org.credence.inspection.control.Assignment;
import org.credence.inspection.control.AssignmentStore.EvidenceFile;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import jakarta.servlet.http.Part;

/**
 * An inspector's assignment: what to inspect, the result form with evidence, and publication. The
 * service decides who may see and change it (the team's inspectors only); this page shows its answer.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The outcomes the form offers; VIOLATIONS_FOUND files a record, through the API for now. */
    public static final List<String> OUTCOMES = List.of("NO_PROBLEM", "CORRECTED_ON_SITE", "NOT_REACHABLE", "REFUSED");
    private static final Set<String> FORM_FIELDS = Set.of("outcome", "notes", "completedOn");

    @Inject
    Assignments assignments;

    @Inject
    Language language;

    private Long id;
    private Assignment assignment;
    private List<EvidenceFile> evidence = List.of();
    private String outcome;
    private String notes;
    private LocalDate completedOn;
    private transient Part file;

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

    /** Records (or corrects) the result, then adds the chosen evidence file, if any. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            assignments.recordResult(id, new ResultRequest(outcome, notes, completedOn, null));
            if (file != null && file.getSize() > 0) {
                byte[] content;
                try (var in = file.getInputStream()) {
                    content = in.readAllBytes();
                }
                assignments.addEvidence(id, file.getSubmittedFileName(), file.getContentType(), content);
            }
            refresh();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, language.text("assignment.saved"), null));
        } catch (CredenceException e) {
            show(e);
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
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, language.text("assignment.published"), null));
        } catch (CredenceException e) {
            show(e);
        }
    }

    /** The service's refusal: each field's message next to its field, the rest above the page. */
    private void show(CredenceException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldError> errors = e.errors();
        if (errors == null || errors.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        for (FieldError error : errors) {
            String target = FORM_FIELDS.contains(error.field()) ? "result:" + error.field() : null;
            faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.field() + " " + error.message(),
                    null));
        }
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

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
