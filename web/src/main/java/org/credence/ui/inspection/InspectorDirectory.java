package org.credence.ui.inspection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.inspection.boundary.ConflictRequest;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.boundary.InspectorRequest;
import org.credence.inspection.entity.Conflict;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Qualification;
import org.credence.platform.ChinaTime;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.ui.Viewer;
import org.credence.web.Language;

/**
 * The inspector directory (执法检查人员名录库): every agency's inspectors with their jurisdiction,
 * certificate, status and qualifications; administrators register and change their own agency's
 * inspectors and declare conflicts of interest (回避) with a business.
 */
@Named
@ViewScoped
public class InspectorDirectory implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern QUALIFICATION_FIELD = Pattern.compile("qualifications\\[(\\d+)]\\.(\\w+)");

    /** One qualification row of the form. */
    public static final class QualificationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String item;
        private LocalDate validFrom;
        private LocalDate validUntil;

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
        }
    }

    @Inject
    InspectionDirectory directory;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    private transient List<InspectorEntry> inspectors;
    private transient List<Item> items;
    private String editing;
    private String code;
    private String name;
    private String agency;
    private String jurisdiction;
    private String certificateNumber;
    private LocalDate certificateExpiry;
    private String status = "ACTIVE";
    private Integer maxAssignments;
    private String username;
    private List<QualificationRow> qualifications = new ArrayList<>();
    private String conflictsOf;
    private List<Conflict> conflicts = List.of();
    private String conflictUscc;
    private String conflictReason;

    public List<InspectorEntry> getInspectors() {
        if (inspectors == null) {
            inspectors = directory.inspectors(null);
        }
        return inspectors;
    }

    public List<Item> getItems() {
        if (items == null) {
            items = directory.items(null);
        }
        return items;
    }

    public void edit(InspectorEntry i) {
        editing = i.code();
        code = i.code();
        name = i.name();
        agency = i.agencyCode();
        jurisdiction = String.join(", ", i.jurisdiction());
        certificateNumber = i.certificateNumber();
        certificateExpiry = i.certificateExpiry();
        status = i.status();
        maxAssignments = i.maxAssignments();
        username = i.username();
        qualifications = new ArrayList<>();
        for (Qualification q : i.qualifications()) {
            QualificationRow row = new QualificationRow();
            row.setItem(q.item());
            row.setValidFrom(q.validFrom());
            row.setValidUntil(q.validUntil());
            qualifications.add(row);
        }
    }

    public void clear() {
        editing = null;
        code = null;
        name = null;
        agency = null;
        jurisdiction = null;
        certificateNumber = null;
        certificateExpiry = null;
        status = "ACTIVE";
        maxAssignments = null;
        username = null;
        qualifications = new ArrayList<>();
    }

    public void addQualification() {
        QualificationRow row = new QualificationRow();
        LocalDate today = ChinaTime.today(Clock.systemUTC());
        row.setValidFrom(today);
        row.setValidUntil(today.plusYears(3));
        qualifications.add(row);
    }

    public void removeQualification(QualificationRow row) {
        qualifications.remove(row);
    }

    public void save() {
        List<InspectorRequest.QualificationRequest> q = qualifications.stream()
                .map(r -> new InspectorRequest.QualificationRequest(r.getItem(), r.getValidFrom(), r.getValidUntil()))
                .toList();
        InspectorRequest request = new InspectorRequest(
                code,
                name,
                viewer.actingAgency(agency),
                ScopeFields.codes(jurisdiction),
                certificateNumber,
                certificateExpiry,
                status,
                maxAssignments,
                username == null || username.isBlank() ? null : username.strip(),
                q);
        try {
            InspectorEntry saved =
                    editing == null ? directory.createInspector(request) : directory.updateInspector(editing, request);
            PageMessages.info(language.text("inspectors.saved", saved.code()));
            inspectors = null;
            clear();
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, this::fieldId);
        }
    }

    private String fieldId(String field) {
        Matcher m = QUALIFICATION_FIELD.matcher(field);
        if (m.matches()) {
            return "inspector:qualifications:" + m.group(1) + ":" + m.group(2);
        }
        return switch (field) {
            case "code",
                    "name",
                    "agency",
                    "jurisdiction",
                    "certificateNumber",
                    "certificateExpiry",
                    "status",
                    "maxAssignments",
                    "username" -> "inspector:" + field;
            default -> null;
        };
    }

    /** Shows an inspector's declared conflicts of interest below the list. */
    public void showConflicts(InspectorEntry i) {
        conflictsOf = i.code();
        conflicts = directory.conflicts(i.code());
    }

    public void declareConflict() {
        try {
            directory.declareConflict(conflictsOf, new ConflictRequest(conflictUscc, conflictReason));
            conflicts = directory.conflicts(conflictsOf);
            conflictUscc = null;
            conflictReason = null;
            PageMessages.info(language.text("inspectors.conflictDeclared"));
        } catch (CredenceException e) {
            PageMessages.refusal(
                    language, e, field -> field.equals("uscc") || field.equals("reason") ? "conflict:" + field : null);
        }
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getCertificateExpiry() {
        return certificateExpiry;
    }

    public void setCertificateExpiry(LocalDate certificateExpiry) {
        this.certificateExpiry = certificateExpiry;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getMaxAssignments() {
        return maxAssignments;
    }

    public void setMaxAssignments(Integer maxAssignments) {
        this.maxAssignments = maxAssignments;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<QualificationRow> getQualifications() {
        return qualifications;
    }

    public String getConflictsOf() {
        return conflictsOf;
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }

    public String getConflictUscc() {
        return conflictUscc;
    }

    public void setConflictUscc(String conflictUscc) {
        this.conflictUscc = conflictUscc;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
