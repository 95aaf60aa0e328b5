package org.credence.sharing.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring.Result;
import org.credence.credit.control.Rescoring.ScoredBusiness;
import org.credence.credit.control.ScoreMethod.RecordFacts;
import org.credence.credit.entity.Grade;
import org.credence.sharing.control.MeasureStore.Measure;

/**
 * Which cases a business's facts open and lift (see {@link JointMeasures} for the triggers): pure, so
 * that the evaluation from the database and the one that follows a scoring step decide alike.
 */
public final class MeasureRules {

    /** The list types as stored, by the measures' list triggers. */
    public static final String SERIOUS_LIST = "SERIOUS_ILLEGAL";

    public static final String ABNORMAL_LIST = "ABNORMAL_OPERATIONS";

    /**
     * What the evaluation knows about one business on a day: whether its latest grade under the market
     * regulator's model in force is D, the lists it is on, and the codes of the categories of its
     * records in publicity.
     */
    public record Facts(long businessId, String uscc, boolean gradeD, Set<String> lists, Set<String> categories) {}

    /** One case to open ({@code caseId} null) or to lift. */
    public record Decision(Measure measure, long businessId, String uscc, Long caseId) {

        public boolean opens() {
            return caseId == null;
        }
    }

    private MeasureRules() {}

    /** Whether a business meets a measure's trigger. */
    public static boolean meets(Measure m, Facts f) {
        return switch (m.trigger()) {
            case GRADE_D -> f.gradeD();
            case SERIOUS_LIST -> f.lists().contains(SERIOUS_LIST);
            case ABNORMAL_LIST -> f.lists().contains(ABNORMAL_LIST);
            case RECORD_CATEGORY -> f.categories().contains(m.categoryCode());
        };
    }

    /**
     * The cases to open and lift, business by business in the order given and measure by measure in the
     * catalogue's order: a trigger that holds with no DUE case opens one (an inactive measure opens none);
     * a DUE case whose trigger no longer holds is lifted. {@code due}: the DUE case ids by business, then
     * by measure.
     */
    public static List<Decision> decide(
            List<Measure> measures, List<Facts> businesses, Map<Long, Map<Long, Long>> due) {
        List<Decision> decisions = new ArrayList<>();
        for (Facts f : businesses) {
            Map<Long, Long> open = due.getOrDefault(f.businessId(), Map.of());
            for (Measure m : measures) {
                boolean holds = meets(m, f);
                Long caseId = open.get(m.id());
                if (holds && caseId == null && m.active()) {
                    decisions.add(new Decision(m, f.businessId(), f.uscc(), null));
                } else if (!holds && caseId != null) {
                    decisions.add(new Decision(m, f.businessId(), f.uscc(), caseId));
                }
            }
        }
        return decisions;
    }

    /**
     * The facts of a business as a scoring step as of {@code today} holds them, or null when they are not
     * all there and the business must be evaluated from the database: its records and lists as the step
     * read them (the same rules of publicity and listing as the evaluation's), and its latest grade under
     * {@code market}, the market regulator's model in force today (null: none), which is the step's result
     * if it was written, else the snapshot before it (unless that one is dated after today, which the
     * evaluation would pass over for an older one).
     */
    public static Facts facts(ScoredBusiness business, List<Result> results, StoredModel market, LocalDate today) {
        boolean gradeD = false;
        if (market != null) {
            Result result = null;
            for (Result r : results) {
                if (r.model().id() == market.id()) {
                    result = r;
                }
            }
            if (result == null) {
                return null;
            }
            Grade latest;
            if (result.changed()) {
                latest = result.explanation().grade();
            } else if (result.previous() == null || result.previous().asOf().isAfter(today)) {
                return null;
            } else {
                latest = result.previous().grade();
            }
            gradeD = latest == Grade.D;
        }
        Set<String> lists = new HashSet<>();
        if (business.lists().onSeriousList()) {
            lists.add(SERIOUS_LIST);
        }
        if (business.lists().onAbnormalList()) {
            lists.add(ABNORMAL_LIST);
        }
        Set<String> categories = new HashSet<>();
        for (RecordFacts r : business.records()) {
            categories.add(r.category());
        }
        return new Facts(business.business().id(), business.business().uscc(), gradeD, lists, categories);
    }

    /** Whether a result is of a model of the market regulator (whose grades the GRADE_D measures follow). */
    public static boolean marketRegulators(Result result) {
        return result.model().agencyId() == ModelStore.MARKET_REGULATOR;
    }
}
