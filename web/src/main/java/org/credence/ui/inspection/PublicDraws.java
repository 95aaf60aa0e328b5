package org.credence.ui.inspection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.credence.inspection.boundary.PublicInspections;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.Plan;
import org.credence.platform.NotFoundException;
import org.credence.web.Language;

/**
 * What the public reads of inspections, without signing in: published plans with their draws, and a
 * draw with its commitment, seed, pool hash, allocation per grade and targets (teams by inspector
 * code; never a business's grade), with how to check it.
 */
@Named
@ViewScoped
public class PublicDraws implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicInspections inspections;

    @Inject
    Language language;

    private String key;
    private Draw draw;
    private DrawFigures figures = DrawFigures.NONE;
    private String problem;
    private transient List<Plan> plans;

    private final DrawTargets targets =
            new DrawTargets((drawKey, offset, limit) -> inspections.targets(drawKey, offset, limit));

    /** Published plans, newest first. */
    public List<Plan> getPlans() {
        if (plans == null) {
            plans = inspections.plans(50);
        }
        return plans;
    }

    public List<Draw> draws(long planId) {
        return inspections.draws(planId);
    }

    /** Reads the draw named by {@code ?key=} (a view action). */
    public void load() {
        if (key == null || key.isBlank()) {
            problem = language.text("draw.none");
            return;
        }
        try {
            draw = inspections.draw(key.strip());
        } catch (NotFoundException e) {
            problem = language.text("draw.unknown", key);
            return;
        }
        figures = DrawFigures.of(draw);
        targets.show(draw.key(), figures.targets());
    }

    public String getTitle() {
        return draw == null ? language.text("inspections.title") : language.text("draw.title", draw.key());
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Draw getDraw() {
        return draw;
    }

    public DrawFigures getFigures() {
        return figures;
    }

    public DrawTargets getTargets() {
        return targets;
    }

    public String getProblem() {
        return problem;
    }
}
