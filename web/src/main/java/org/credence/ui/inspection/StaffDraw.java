package org.credence.ui.inspection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.inspection.boundary.Draws;
import org.credence.inspection.boundary.Reason;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.StoredTarget;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.ui.export.Exports;
import org.credence.web.Language;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A draw for staff: what the public sees, plus each target's grade and status, the targets left
 * without a team with the reason, why a scheduled draw could not be made, the frozen inputs to
 * download, the verify button (the draw recomputed from its inputs), and cancellation by a system
 * administrator before any result.
 */
@Named
@ViewScoped
public class StaffDraw implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The UNSTAFFED targets listed (the count covers them all). */
    static final int UNSTAFFED_LISTED = 200;

    @Inject
    Draws draws;

    @Inject
    Language language;

    @Inject
    BusinessRegistry registry;

    private String key;
    private Draw draw;
    private DrawFigures figures = DrawFigures.NONE;
    private List<StoredTarget> unstaffed = List.of();
    private List<String> differences;
    private String cancelReason;

    private final DrawTargets targets =
            new DrawTargets((drawKey, offset, limit) -> draws.targets(drawKey, offset, limit));

    /** Reads the draw named by {@code ?key=} (a view action). */
    public void load() {
        if (key == null || key.isBlank()) {
            return;
        }
        try {
            draw = draws.find(key.strip());
            key = draw.key();
            figures = DrawFigures.of(draw);
            targets.show(key, figures.targets());
            unstaffed = figures.unstaffed() == 0 ? List.of() : draws.unstaffed(key, UNSTAFFED_LISTED);
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** Recomputes the draw from its frozen inputs and compares everything published. */
    public void verify() {
        try {
            differences = draws.verify(key).stream()
                    .map(d -> d.in(language.getLocale()))
                    .toList();
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    public void cancel() {
        try {
            Draws.Drawn cancelled = draws.cancel(key, new Reason(cancelReason));
            load();
            PageMessages.info(language.text(
                    "draw.cancelledNow",
                    cancelled.next() == null ? "" : cancelled.next().key()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> field.equals("reason") ? "cancellation:reason" : null);
        }
    }

    /** A target with its business's name, as the export lists it. */
    record NamedTarget(StoredTarget target, String name) {}

    /** Every target of the draw in ordinal order, with business names and teams, read a chunk at a time. */
    public void export(String format) {
        String drawKey = key;
        Exports.send(
                language,
                format,
                drawKey + "-targets",
                language.text("draw.targets"),
                Exports.header(
                        language,
                        "draw.ordinal",
                        "public.uscc",
                        "public.business",
                        "draw.grade",
                        "draw.ticket",
                        "draw.team",
                        "public.reason"),
                table -> Exports.eachChunk(
                        table,
                        (NamedTarget last) -> {
                            List<StoredTarget> chunk = draws.targets(
                                    drawKey, last == null ? 0 : last.target().ordinal(), Exports.CHUNK);
                            Map<Long, String> names = registry.namesById(
                                    chunk.stream().map(StoredTarget::businessId).toList());
                            return chunk.stream()
                                    .map(t -> new NamedTarget(t, names.get(t.businessId())))
                                    .toList();
                        },
                        (t, n) -> t.row(
                                n.target().ordinal(),
                                n.target().uscc(),
                                n.name(),
                                Exports.label(language, "grade.", n.target().grade()),
                                n.target().ticket(),
                                n.target().team().isEmpty()
                                        ? language.text("draw.unstaffed")
                                        : Exports.list(language, n.target().team()),
                                n.target().unstaffedReason())));
    }

    /** The frozen inputs (gzip-compressed JSON), as the API's {@code /draws/{key}/inputs} serves them. */
    public StreamedContent getInputs() {
        return DefaultStreamedContent.builder().name(key + "-inputs.json.gz").contentType("application/gzip").stream(
                        () -> new ByteArrayInputStream(draws.inputs(key)))
                .build();
    }

    public String getTitle() {
        return draw == null ? language.text("plans.title") : language.text("draw.title", draw.key());
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

    public List<StoredTarget> getUnstaffed() {
        return unstaffed;
    }

    /** Null until verified; then the differences found, empty when the draw stands. */
    public List<String> getDifferences() {
        return differences;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
