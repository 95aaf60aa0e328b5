package org.credence.ui.inspection;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.entity.Grade;
import org.credence.credit.entity.ModelView;
import org.credence.inspection.boundary.InformationChecks;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.boundary.InspectionPlans;
import org.credence.inspection.boundary.PlanRequest;
import org.credence.inspection.control.GradeCoverage;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.platform.ChinaTime;
import org.credence.platform.CredenceException;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.ui.PageMessages;
import org.credence.web.Language;

/**
 * Drafting a plan step by step: agencies and items, scope, selection per grade (ratios or a quota),
 * team sizes and exclusions, schedule, then a summary to confirm. With {@code ?id=} it edits a draft.
 * Ratios are typed in percent and stored in basis points; the service checks everything again.
 */
@Named
@ViewScoped
public class PlanWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> GRADES = List.of("A", "B", "C", "D");

    @Inject
    InspectionPlans plans;

    @Inject
    InspectionDirectory directory;

    @Inject
    CreditModels models;

    @Inject
    InformationChecks informationChecks;

    @Inject
    Callers callers;

    @Inject
    Language language;

    private Long id;
    private String name;
    private String lead;
    private List<String> partners = new ArrayList<>();
    private List<String> items = new ArrayList<>();
    private Long model;
    private String mode = "RATIO";
    private String purpose = Plan.ROUTINE;
    private transient InformationChecks.Coverage coverage;
    private String coverageOf;
    private transient GradeCoverage.Coverage gradeCoverage;
    private transient PlanRequest gradeCoverageOf;
    private final Map<String, BigDecimal> ratioPercent = new LinkedHashMap<>();
    private Integer quotaTotal;
    private final Map<String, Integer> weights = new LinkedHashMap<>();
    private final Map<String, Integer> teamSizes = new LinkedHashMap<>();
    private boolean gradeAOncePerYear = true;
    private Integer repeatMonths = 12;
    private ScopeFields scope = new ScopeFields();
    private String scheduleKind = "DATE";
    private LocalDate date;
    private String cron;
    private boolean workingDaysOnly = true;
    private List<Item> allItems = List.of();
    private List<ModelView> activeModels = List.of();

    /** Defaults of a new plan, or the draft named by {@code ?id=} (a view action). */
    public void load() {
        for (Grade g : Grade.values()) {
            ratioPercent.put(g.name(), percent(InspectionPlans.DEFAULT_RATIOS.get(g)));
            teamSizes.put(g.name(), InspectionPlans.DEFAULT_TEAMS.get(g));
            weights.put(g.name(), 1);
        }
        CallerIdentity caller = callers.current();
        lead = caller.agency() == null ? null : caller.agency().code();
        date = ChinaTime.today(Clock.systemUTC()).plusDays(7);
        allItems = directory.items(null);
        activeModels = models.list(null, "ACTIVE");
        if (id == null) {
            return;
        }
        Plan plan;
        try {
            plan = plans.find(id);
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
            id = null;
            return;
        }
        name = plan.name();
        lead = plan.leadAgencyCode();
        partners = new ArrayList<>(plan.agencies().stream()
                .filter(a -> !a.equals(plan.leadAgencyCode()))
                .toList());
        items = new ArrayList<>(plan.items().stream().map(Item::code).toList());
        model = plan.modelId();
        if (model != null && activeModels.stream().noneMatch(m -> m.id() == plan.modelId())) {
            // a plan keeps its model even when that model is no longer in force
            activeModels = new ArrayList<>(activeModels);
            activeModels.add(models.find(model));
        }
        mode = plan.mode().name();
        purpose = plan.purpose();
        for (Grade g : Grade.values()) {
            if (plan.ratios() != null) {
                ratioPercent.put(g.name(), percent(plan.ratios().get(g)));
            }
            if (plan.weights() != null) {
                weights.put(g.name(), plan.weights().get(g));
            }
            teamSizes.put(g.name(), plan.teamSizes().get(g));
        }
        quotaTotal = plan.quotaTotal();
        gradeAOncePerYear = plan.gradeAOncePerYear();
        repeatMonths = plan.repeatMonths();
        scope = ScopeFields.of(plan.scope());
        scheduleKind = plan.scheduleCron() == null ? "DATE" : "CRON";
        date = plan.scheduleDate();
        cron = plan.scheduleCron();
        workingDaysOnly = plan.workingDaysOnly();
    }

    /** Basis points as percent, shown plainly: 1000 is 10, 150 is 1.5 (never 1E+1). */
    static BigDecimal percent(Integer basisPoints) {
        if (basisPoints == null) {
            return null;
        }
        BigDecimal pct = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
        return pct.scale() < 0 ? pct.setScale(0) : pct;
    }

    /** The request the steps add up to (ratios in basis points; a fraction of one is refused by the service). */
    PlanRequest request() {
        List<String> agencies = new ArrayList<>();
        if (lead != null && !lead.isBlank()) {
            agencies.add(lead);
        }
        partners.stream().filter(p -> !p.equals(lead)).forEach(agencies::add);
        boolean quota = "QUOTA".equals(mode);
        Map<String, Integer> ratios = null;
        if (!quota) {
            ratios = new LinkedHashMap<>();
            for (String g : GRADES) {
                BigDecimal pct = ratioPercent.get(g);
                ratios.put(g, pct == null ? null : basisPoints(pct));
            }
        }
        return new PlanRequest(
                name,
                agencies,
                List.copyOf(items),
                model,
                mode,
                ratios,
                quota ? quotaTotal : null,
                quota ? new LinkedHashMap<>(weights) : null,
                new LinkedHashMap<>(teamSizes),
                gradeAOncePerYear,
                repeatMonths,
                new PlanRequest.ScopeRequest(
                        scope.entityTypeList(), scope.industryList(), scope.platformList(), scope.regionList()),
                "DATE".equals(scheduleKind) ? date : null,
                "CRON".equals(scheduleKind) ? blankToNull(cron) : null,
                workingDaysOnly,
                purpose);
    }

    /** Percent to basis points; a value with more than two decimals (a fraction of a basis point) becomes -1, which is refused. */
    static Integer basisPoints(BigDecimal percent) {
        BigDecimal bp = percent.movePointRight(2);
        try {
            return bp.intValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Creates the draft (or saves the edited one) and opens its page. */
    public void save() {
        try {
            Plan plan = id == null ? plans.create(request()) : plans.update(id, request());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageMessages.info(language.text(id == null ? "plan.created" : "plan.saved"));
            external.redirect(external.getRequestContextPath() + "/app/plan.xhtml?id=" + plan.id());
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- choices

    /** Items of the lead and partner agencies (all items until an agency is chosen). */
    public List<Item> getItemChoices() {
        List<String> chosen = new ArrayList<>(partners);
        if (lead != null) {
            chosen.add(lead);
        }
        return allItems.stream()
                .filter(i -> chosen.isEmpty() || chosen.contains(i.agencyCode()))
                .toList();
    }

    public List<ModelView> getModels() {
        return activeModels;
    }

    public List<String> getGrades() {
        return GRADES;
    }

    /** For the summary step: the agencies in order, the lead first. */
    public List<String> getAgencyCodes() {
        return request().agencies();
    }

    public String getTitle() {
        return language.text(id == null ? "plan.new" : "plan.edit", id == null ? "" : String.valueOf(id));
    }

    // ---- fields

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public Long getModel() {
        return model;
    }

    public void setModel(Long model) {
        this.model = model;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    /**
     * This year's information checks of the lead agency (企业公示信息抽查), for the warning when they fall
     * short of 3 %; null without a lead agency or when it cannot be computed.
     */
    public InformationChecks.Coverage getCoverage() {
        if (lead == null || lead.isBlank()) {
            return null;
        }
        if (coverage == null || !lead.equals(coverageOf)) {
            try {
                coverage = informationChecks.coverage(lead);
                coverageOf = lead;
            } catch (CredenceException e) {
                return null;
            }
        }
        return coverage;
    }

    /**
     * Whether the plan as drafted draws every grade that has members (for the warning that the
     * validation report could never check a grade it leaves out); null when that cannot be told yet.
     */
    public GradeCoverage.Coverage getGradeCoverage() {
        PlanRequest request = request();
        if (gradeCoverage == null || !request.equals(gradeCoverageOf)) {
            try {
                gradeCoverage = plans.gradeCoverage(request);
            } catch (CredenceException e) {
                gradeCoverage = null;
            }
            gradeCoverageOf = request;
        }
        return gradeCoverage;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Map<String, BigDecimal> getRatioPercent() {
        return ratioPercent;
    }

    public Integer getQuotaTotal() {
        return quotaTotal;
    }

    public void setQuotaTotal(Integer quotaTotal) {
        this.quotaTotal = quotaTotal;
    }

    public Map<String, Integer> getWeights() {
        return weights;
    }

    public Map<String, Integer> getTeamSizes() {
        return teamSizes;
    }

    public boolean isGradeAOncePerYear() {
        return gradeAOncePerYear;
    }

    public void setGradeAOncePerYear(boolean gradeAOncePerYear) {
        this.gradeAOncePerYear = gradeAOncePerYear;
    }

    public Integer getRepeatMonths() {
        return repeatMonths;
    }

    public void setRepeatMonths(Integer repeatMonths) {
        this.repeatMonths = repeatMonths;
    }

    public ScopeFields getScope() {
        return scope;
    }

    public String getScheduleKind() {
        return scheduleKind;
    }

    public void setScheduleKind(String scheduleKind) {
        this.scheduleKind = scheduleKind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public boolean isWorkingDaysOnly() {
        return workingDaysOnly;
    }

    public void setWorkingDaysOnly(boolean workingDaysOnly) {
        this.workingDaysOnly = workingDaysOnly;
    }
}
