package org.credence.ui.inspection;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.entity.ModelView;
import org.credence.inspection.boundary.Draws;
import org.credence.inspection.boundary.InspectionPlans;
import org.credence.inspection.boundary.Reason;
import org.credence.inspection.control.GradeCoverage;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.Plan;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.ui.Viewer;
import org.credence.web.Language;

/**
 * A plan for its agencies' staff: what it inspects and how, its draws with their seed commitments,
 * and, for the lead agency's administrators, publication, an early draw (optionally with public
 * entropy such as a lottery result), editing while a draft, and cancellation with a reason; each
 * irreversible step after a confirmation.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionPlans plans;

    @Inject
    Draws draws;

    @Inject
    CreditModels models;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    private Long id;
    private Plan plan;
    private List<Draw> drawList = List.of();
    private boolean mayChange;
    private InspectionPlans.ConsentState consents;
    private String publicEntropy;
    private String cancelReason;
    private GradeCoverage.Coverage gradeCoverage;
    private ModelView model;

    /** Reads the plan named by {@code ?id=} (a view action). */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            refresh();
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
            return;
        }
        mayChange = viewer.mayChange(plan.leadAgencyCode());
    }

    private void refresh() {
        plan = plans.find(id);
        drawList = plans.draws(id);
        model = plan.modelId() == null ? null : models.find(plan.modelId());
        consents = plan.joint() ? plans.consents(id) : null;
        try {
            gradeCoverage = "CANCELLED".equals(plan.status()) ? null : plans.gradeCoverage(id);
        } catch (CredenceException e) {
            // no model to compare with: nothing to warn of
            gradeCoverage = null;
        }
    }

    /** Whether the plan draws every grade with members (the validation report checks only the grades drawn). */
    public GradeCoverage.Coverage getGradeCoverage() {
        return gradeCoverage;
    }

    /** An administrator of a participating agency confirms the draft joint plan for that agency. */
    public void consent() {
        try {
            consents = plans.consent(id);
            PageMessages.info(language.text("plan.consentGivenNow"));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** A joint plan's agencies and their confirmations; null for a plan of one agency. */
    public InspectionPlans.ConsentState getConsents() {
        return consents;
    }

    /** Whether the viewer administers a participating agency that has not yet confirmed the draft. */
    public boolean isMayConsent() {
        if (consents == null
                || !isDraft()
                || !viewer.isAgencyAdmin()
                || viewer.caller().agency() == null) {
            return false;
        }
        String mine = viewer.caller().agency().code();
        return consents.agencies().stream().anyMatch(c -> c.agency().equals(mine) && !c.given());
    }

    /** Publishes the draft: its first draw is scheduled and that draw's seed commitment is public from now on. */
    public void publish() {
        try {
            InspectionPlans.Published published = plans.publish(id);
            refresh();
            PageMessages.info(
                    language.text("plan.publishedNow", published.draw().key()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** Draws the period that is due now (or the first one early), then opens the draw. */
    public void drawNow() {
        try {
            Draws.Drawn drawn = draws.drawByRequest(
                    id, publicEntropy == null || publicEntropy.isBlank() ? null : publicEntropy.strip());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageMessages.info(language.text(
                    drawn.created() ? "plan.drawn" : "plan.alreadyDrawn",
                    drawn.draw().key()));
            external.redirect(external.getRequestContextPath() + "/app/draw.xhtml?key="
                    + drawn.draw().key());
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> field.equals("publicEntropy") ? "drawing:entropy" : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void cancel() {
        try {
            plan = plans.cancel(id, new Reason(cancelReason));
            refresh();
            PageMessages.info(language.text("plan.cancelled"));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> field.equals("reason") ? "cancellation:reason" : null);
        }
    }

    public String getTitle() {
        return plan == null ? language.text("plans.title") : plan.name();
    }

    public boolean isDraft() {
        return plan != null && "DRAFT".equals(plan.status());
    }

    /** Whether an administrator may draw now: published and neither closed nor cancelled. */
    public boolean isDrawable() {
        return plan != null && !List.of("DRAFT", "CANCELLED", "COMPLETED").contains(plan.status());
    }

    public boolean isCancellable() {
        return plan != null && !List.of("CANCELLED", "COMPLETED").contains(plan.status());
    }

    public boolean isMayChange() {
        return mayChange;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The model the plan grades businesses by, when it names one (shown by its name, never by its id). */
    public ModelView getModel() {
        return model;
    }

    public Plan getPlan() {
        return plan;
    }

    public List<Draw> getDraws() {
        return drawList;
    }

    /**
     * Whether any of the plan's draws failed: only then does the table show the failures' column, so a
     * phone's stacked rows do not show its label over an empty cell.
     */
    public boolean isAnyFailure() {
        return drawList != null && drawList.stream().anyMatch(d -> d.failure() != null);
    }

    /** How many of the plan's draws are still to come (a cancellation cancels them too). */
    public long getScheduledDraws() {
        return drawList == null
                ? 0
                : drawList.stream().filter(d -> "SCHEDULED".equals(d.status())).count();
    }

    public String getPublicEntropy() {
        return publicEntropy;
    }

    public void setPublicEntropy(String publicEntropy) {
        this.publicEntropy = publicEntropy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
