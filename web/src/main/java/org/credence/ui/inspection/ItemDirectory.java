package org.credence.ui.inspection;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.credence.agency.entity.Agency;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.boundary.ItemRequest;
import org.credence.inspection.control.Item;
import org.credence.platform.CredenceException;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.ui.Language;
import org.credence.ui.PageMessages;
import org.credence.violation.boundary.RecordCatalogue;

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
    RecordCatalogue catalogue;

    @Inject
    Callers callers;

    @Inject
    Language language;

    private transient List<Item> items;
    private transient CallerIdentity caller;
    private String editing;
    private String code;
    private String name;
    private String legalBasis;
    private String agency;
    private String kind = "KEY";
    private String method = "ON_SITE";
    private List<String> entityTypes = new ArrayList<>();
    private String industries;
    private String platforms;
    private String regionPrefixes;
    private Integer maxRatioBasisPoints;
    private Integer annualCap;

    public List<Item> getItems() {
        if (items == null) {
            items = directory.items(null);
        }
        return items;
    }

    public boolean isAdministrator() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("SYSTEM_ADMIN") || external.isUserInRole("AGENCY_ADMIN");
    }

    public boolean isSystemAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SYSTEM_ADMIN");
    }

    /** Whether the caller may change this item (its agency's administrators, or a system administrator). */
    public boolean mayChange(Item item) {
        return isAdministrator() && caller().mayChangeDataOfAgency(item.agencyCode());
    }

    private CallerIdentity caller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
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
        entityTypes = new ArrayList<>(item.scope().entityTypes());
        industries = String.join(", ", item.scope().industries());
        platforms = String.join(", ", item.scope().platforms());
        regionPrefixes = String.join(", ", item.scope().regionPrefixes());
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
        entityTypes = new ArrayList<>();
        industries = null;
        platforms = null;
        regionPrefixes = null;
        maxRatioBasisPoints = null;
        annualCap = null;
    }

    public void save() {
        CallerIdentity caller = caller();
        String owner = caller.systemAdmin() ? agency : caller.agency() == null ? null : caller.agency().code();
        ItemRequest request = new ItemRequest(code, name, legalBasis, owner, kind, method, List.copyOf(entityTypes),
                PlanWizard.codes(industries), PlanWizard.codes(platforms), PlanWizard.codes(regionPrefixes),
                "GENERAL".equals(kind) ? maxRatioBasisPoints : null, annualCap);
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

    public List<Agency> getAgencies() {
        return new ArrayList<>(catalogue.agencies().values());
    }

    public List<String> getEntityTypeChoices() {
        return java.util.Arrays.stream(org.credence.business.entity.EntityType.values()).map(Enum::name).toList();
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

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public void setEntityTypes(List<String> entityTypes) {
        this.entityTypes = entityTypes == null ? new ArrayList<>() : new ArrayList<>(entityTypes);
    }

    public String getIndustries() {
        return industries;
    }

    public void setIndustries(String industries) {
        this.industries = industries;
    }

    public String getPlatforms() {
        return platforms;
    }

    public void setPlatforms(String platforms) {
        this.platforms = platforms;
    }

    public String getRegionPrefixes() {
        return regionPrefixes;
    }

    public void setRegionPrefixes(String regionPrefixes) {
        this.regionPrefixes = regionPrefixes;
    }

    public Integer getMaxRatioBasisPoints() {
        return maxRatioBasisPoints;
    }

    public void setMaxRatioBasisPoints(Integer maxRatioBasisPoints) {
        this.maxRatioBasisPoints = maxRatioBasisPoints;
    }

    public Integer getAnnualCap() {
        return annualCap;
    }

    public void setAnnualCap(Integer annualCap) {
        this.annualCap = annualCap;
    }
}
