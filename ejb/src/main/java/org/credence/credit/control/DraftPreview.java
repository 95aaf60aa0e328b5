package org.credence.credit.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.entity.Grade;
import org.credence.credit.entity.ModelView;
import org.credence.credit.entity.Preview;
import org.credence.platform.ConflictException;
import org.credence.platform.Message;

/**
 * What a draft model would do if it were in force today: every business scored by the draft and by the model it
 * would replace, on the caller's transaction (so a draft written in it and not yet committed is previewed too).
 */
public final class DraftPreview {

    /** The grade changes a preview made beside new weights lists (its counts cover every business). */
    public static final int TRIAL_CHANGES = 100;

    /** The businesses scored at a time. */
    static final int CHUNK = 5000;

    private DraftPreview() {}

    /**
     * The grade distribution the draft {@code model} (as read in this transaction) would give on {@code today}, next
     * to the agency's model in force (else market regulation's, which an agency without a model of its own relies
     * on), with at most {@code limit} of the businesses whose grade would change.
     */
    public static Preview of(Connection c, ModelView model, int limit, LocalDate today) throws SQLException {
        long id = model.id();
        if (!model.draft()) {
            throw new ConflictException(
                    "not-a-draft",
                    Message.of(
                            "model-is-preview-compares-a-draft", id, new Message.Value("ModelStatus", model.status())));
        }
        requireWeights(model);
        StoredModel draft = ModelStore.find(c, id);
        List<StoredModel> inForce = ModelStore.inForce(c, today);
        StoredModel current = inForce.stream()
                .filter(m -> m.agencyId() == model.agencyId())
                .findFirst()
                .or(() -> inForce.stream()
                        .filter(m -> m.agencyId() == ModelStore.MARKET_REGULATOR)
                        .findFirst())
                .orElse(null);
        List<StoredModel> models = current == null ? List.of(draft) : List.of(draft, current);
        Map<Grade, Long> draftGrades = new EnumMap<>(Grade.class);
        Map<Grade, Long> currentGrades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            draftGrades.put(g, 0L);
            currentGrades.put(g, 0L);
        }
        List<Preview.GradeChange> changes = new ArrayList<>();
        long[] counts = new long[2];
        ScoreExplanation[] draftResult = new ScoreExplanation[1];
        forEveryBusiness(c, models, today, result -> {
            ScoreExplanation e = result.explanation();
            if (result.model() == draft) {
                draftGrades.merge(e.grade(), 1L, Long::sum);
                draftResult[0] = e;
                counts[0]++;
            } else {
                currentGrades.merge(e.grade(), 1L, Long::sum);
                if (e.grade() != draftResult[0].grade()) {
                    counts[1]++;
                    if (changes.size() < limit) {
                        changes.add(new Preview.GradeChange(
                                result.business().uscc(),
                                e.score(),
                                e.grade().name(),
                                draftResult[0].score(),
                                draftResult[0].grade().name()));
                    }
                }
            }
        });
        return new Preview(
                id,
                current == null ? null : current.id(),
                today,
                counts[0],
                names(draftGrades),
                current == null ? null : names(currentGrades),
                current == null ? 0 : counts[1],
                changes);
    }

    /** Scores every business by each of the models on {@code asOf}, a chunk at a time, into {@code sink}. */
    public static void forEveryBusiness(
            Connection c, List<StoredModel> models, LocalDate asOf, Consumer<Rescoring.Result> sink)
            throws SQLException {
        Rescoring rescoring = new Rescoring(c);
        long from = 0;
        while (true) {
            List<BusinessRef> chunk = rescoring.businessesFrom(from, CHUNK);
            if (chunk.isEmpty()) {
                return;
            }
            rescoring.score(chunk, models, asOf, false, sink);
            from = chunk.get(chunk.size() - 1).id() + 1;
        }
    }

    /** Refuses (409) a model with a NEGATIVE indicator that has no weight yet. */
    public static void requireWeights(ModelView model) {
        boolean missing = model.definition().indicators().stream()
                .anyMatch(i -> "NEGATIVE".equals(i.polarity()) && i.weight() == null);
        if (missing) {
            throw new ConflictException("weights-missing", Message.of("model-has-no-weights-yet-set", model.id()));
        }
    }

    private static Map<String, Long> names(Map<Grade, Long> grades) {
        Map<String, Long> named = new LinkedHashMap<>();
        grades.forEach((g, n) -> named.put(g.name(), n));
        return named;
    }
}
