package org.credence.ui.inspection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.credence.credit.entity.Grade;
import org.credence.inspection.boundary.CapRequest;
import org.credence.inspection.boundary.InspectionCaps;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.boundary.ItemRequest;
import org.credence.inspection.control.AnnualCap;
import org.credence.inspection.entity.Item;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.ui.Viewer;
import org.credence.web.Language;

/**
 * The item list (抽查事项清单): every agency's items, and for administrators a form that adds an item
 * or changes one of their own agency's (a system administrator names the agency).
 */
@Named
@ViewScoped
public class ItemDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionDirectory directory;

    @Inject
    Viewer viewer;

    @Inject
    InspectionCaps caps;

    @Inject
    Language language;

    private transient List<Item> items;
    private String editing;
    private String code;
    private String name;
    private String legalBasis;
    private String agency;
    private String kind = "KEY";
    private String method = "ON_SITE";
    private ScopeFields scope = new ScopeFields();
    private Integer maxRatioBasisPoints;
    private Integer annualCap;
    private transient List<AnnualCap> published;
    private String capAgency;
    private Integer capPerYear;
    private final java.util.Map<String, Integer> capByGrade = new java.util.HashMap<>();
    private String capBasis;

    public List<Item> getItems() {
        if (items == null) {
            items = directory.items(null);
        }
        return items;
    }

    /** Puts an item into the form for changing it. */
    public void edit(Item item) {
        editing = item.code();
        code = item.code();
        name = item.name();
        legalBasis = item.legalBasis();
        agency = item.agencyCode();
        kind = item.kind();
        method = item.method();
        scope = ScopeFields.of(item.scope());
        maxRatioBasisPoints = item.maxRatioBp();
        annualCap = item.annualCap();
    }

    /** Empties the form for a new item. */
    public void clear() {
        editing = null;
        code = null;
        name = null;
        legalBasis = null;
        agency = null;
        kind = "KEY";
        method = "ON_SITE";
        scope = new ScopeFields();
        maxRatioBasisPoints = null;
        annualCap = null;
    }

    public void save() {
        ItemRequest request = new ItemRequest(
                code,
                name,
                legalBasis,
                viewer.actingAgency(agency),
                kind,
                method,
                scope.entityTypeList(),
                scope.industryList(),
                scope.platformList(),
                scope.regionList(),
                "GENERAL".equals(kind) ? maxRatioBasisPoints : null,
                annualCap);
        try {
            Item saved = editing == null ? directory.createItem(request) : directory.updateItem(editing, request);
            PageMessages.info(language.text("items.saved", saved.code()));
            items = null;
            clear();
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> switch (field) {
                case "code", "name", "legalBasis", "agency", "kind", "method", "annualCap" -> "item:" + field;
                case "maxRatioBasisPoints" -> "item:maxRatio";
                default -> null;
            });
        }
    }

    /** Every agency's annual cap per enterprise (国办发〔2024〕54号), as published. */
    public List<AnnualCap> getCaps() {
        if (published == null) {
            published = caps.all();
        }
        return published;
    }

    /** A published cap's figure for a grade: its own, else the agency's. */
    public int capFor(AnnualCap cap, String grade) {
        return cap.limitFor(Grade.valueOf(grade));
    }

    /** Puts an agency's cap into the form. */
    public void editCap(AnnualCap cap) {
        capAgency = cap.agencyCode();
        capPerYear = cap.perYear();
        capByGrade.clear();
        cap.byGrade().forEach((g, n) -> capByGrade.put(g.name(), n));
        capBasis = cap.basis();
    }

    public void saveCap() {
        String agencyCode = viewer.actingAgency(capAgency);
        java.util.Map<String, Integer> byGrade = new java.util.HashMap<>();
        capByGrade.forEach((g, n) -> {
            if (n != null) {
                byGrade.put(g, n);
            }
        });
        try {
            AnnualCap saved = caps.publish(agencyCode, new CapRequest(capPerYear, byGrade, capBasis));
            PageMessages.info(language.text("cap.saved", saved.agencyCode()));
            published = null;
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> switch (field) {
                case "perYear" -> "cap:perYear";
                case "basis" -> "cap:basis";
                case "byGrade.A", "byGrade.B", "byGrade.C", "byGrade.D" -> "cap:grade" + field.substring(8);
                default -> null;
            });
        }
    }

    public String getCapAgency() {
        return capAgency;
    }

    public void setCapAgency(String capAgency) {
        this.capAgency = capAgency;
    }

    public Integer getCapPerYear() {
        return capPerYear;
    }

    public void setCapPerYear(Integer capPerYear) {
        this.capPerYear = capPerYear;
    }

    /** The per-grade caps typed in the form, by grade letter (empty: the agency's cap applies). */
    public java.util.Map<String, Integer> getCapByGrade() {
        return capByGrade;
    }

    public String getCapBasis() {
        return capBasis;
    }

    public void setCapBasis(String capBasis) {
        this.capBasis = capBasis;
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

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public ScopeFields getScope() {
        return scope;
    }

    public Integer getMaxRatioBasisPoints() {
        return maxRatioBasisPoints;
    }

    public void setMaxRatioBasisPoints(Integer maxRatioBasisPoints) {
        this.maxRatioBasisPoints = maxRatioBasisPoints;
    }

    /** The ratio limit as the percent people type (the service keeps basis points: 2.5 % is 250). */
    public java.math.BigDecimal getMaxRatioPercent() {
        return maxRatioBasisPoints == null
                ? null
                : java.math.BigDecimal.valueOf(maxRatioBasisPoints, 2).stripTrailingZeros();
    }

    public void setMaxRatioPercent(java.math.BigDecimal percent) {
        // hundredths of a percent are the service's unit; finer input is rounded to them
        maxRatioBasisPoints = percent == null
                ? null
                : percent.movePointRight(2)
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .min(java.math.BigDecimal.valueOf(Integer.MAX_VALUE))
                        .max(java.math.BigDecimal.valueOf(Integer.MIN_VALUE))
                        .intValue();
    }

    public Integer getAnnualCap() {
        return annualCap;
    }

    public void setAnnualCap(Integer annualCap) {
        this.annualCap = annualCap;
    }
}
