package org.credence.ui.print;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.credence.inspection.boundary.PublicInspections;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.StoredTarget;
import org.credence.platform.NotFoundException;
import org.credence.ui.inspection.DrawFigures;
import org.credence.web.Language;

/**
 * The published target list of a draw (抽查名单公告), for anyone, as a page that prints from the
 * browser: the plan and its items with their legal bases, the draw's key, date, commitment and seed,
 * and every target with its business's name, code and team (inspector codes, never a grade). A large
 * draw prints in parts of {@value #PART_SIZE} targets ({@code ?key=…&part=2}).
 */
@Named
@RequestScoped
public class DrawList {

    public static final int PART_SIZE = 2_000;

    @Inject
    PublicInspections inspections;

    @Inject
    Language language;

    private String key;
    private int part = 1;
    private Draw draw;
    private Plan plan;
    private List<StoredTarget> targets = List.of();
    private int parts = 1;
    private String problem;

    /** Reads the draw named by {@code ?key=} and the targets of the part asked for (a view action). */
    public void load() {
        if (key == null || key.isBlank()) {
            problem = language.text("draw.none");
            return;
        }
        try {
            draw = inspections.draw(key.strip());
            plan = inspections.plan(draw.planId());
        } catch (NotFoundException e) {
            problem = language.text("draw.unknown", key);
            draw = null;
            return;
        }
        int count = DrawFigures.of(draw).targets();
        parts = Math.max(1, (count + PART_SIZE - 1) / PART_SIZE);
        part = Math.min(Math.max(1, part), parts);
        targets = inspections.targets(draw.key(), (part - 1) * PART_SIZE, PART_SIZE);
    }

    /** The numbers of the parts, for links to each. */
    public List<Integer> getPartNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, parts).boxed().toList();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public int getPart() {
        return part;
    }

    public void setPart(int part) {
        this.part = part;
    }

    public int getParts() {
        return parts;
    }

    public Draw getDraw() {
        return draw;
    }

    public Plan getPlan() {
        return plan;
    }

    public List<StoredTarget> getTargets() {
        return targets;
    }

    public String getProblem() {
        return problem;
    }
}
