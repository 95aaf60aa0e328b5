package org.credence.validation.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.credence.business.entity.Uscc;
import org.credence.credit.control.Weights;
import org.credence.platform.InvalidArgument;
import org.credence.platform.Message;

/**
 * Weights learned from outcomes (validation-v1), a fourth way to derive weights beside direct entry,
 * AHP and entropy. Features are the loads of the NEGATIVE indicators; the draw weights are normalised
 * to mean 1, each feature standardised by its weighted mean and standard deviation (a flat one is left
 * out with weight 0), the penalised logistic regression fitted ({@link WeightedLogistic}), and the
 * effect per point of load {@code c_i = b_i / sd_i} turned into weights
 * {@code w_i = max(0, c_i) / sum_k max(0, c_k)}, made exact as score-v1 prescribes. Refused with
 * fewer than 10 hits or 10 clean observations, or when no {@code c_i} is positive.
 */
public final class OutcomeWeights {

    public static final int MINIMUM_EACH = 10;
    public static final int FOLDS = 5;

    /**
     * What the fit says of one indicator.
     *
     * @param mean        its {@code v}-weighted mean load
     * @param sd          its {@code v}-weighted standard deviation (0: left out)
     * @param coefficient {@code b_i} on the standardised load, null when left out
     * @param perPoint    {@code c_i = b_i / sd_i}, null when left out
     */
    public record Effect(String code, double mean, double sd, Double coefficient, Double perPoint) {

        public boolean leftOut() {
            return coefficient == null;
        }
    }

    /** Learned weights in the model's order, exact to 6 places, with what the fit found. */
    public record Learned(
            Map<String, BigDecimal> weights,
            List<Effect> effects,
            double intercept,
            int iterations,
            long hits,
            long cleans) {}

    /**
     * The learned weights and how well they rank: the AUC of the current and of the learned weights on
     * the same observations, and the learned weights' 5-fold cross-validated AUC. The latter is null
     * when a fold's training observations are refused, with that refusal.
     */
    public record Assessment(
            Learned learned,
            Double currentAuc,
            Double learnedAuc,
            Double crossValidatedAuc,
            Message crossValidationRefusal) {}

    private OutcomeWeights() {}

    /**
     * Learns weights for the NEGATIVE indicators {@code codes} (the observations' loads are in this
     * order) from the hit and clean observations among {@code targets}.
     */
    public static Learned learn(List<String> codes, List<Observation> targets) {
        List<Observation> observed = observed(targets);
        long hits = observed.stream().filter(Observation::hit).count();
        long cleans = observed.size() - hits;
        if (hits < MINIMUM_EACH || cleans < MINIMUM_EACH) {
            throw new InvalidArgument(Message.of("validation.too-few-findings", hits, cleans, MINIMUM_EACH));
        }
        int n = observed.size();
        int k = codes.size();
        double weightSum = 0;
        for (Observation t : observed) {
            weightSum += t.weight();
        }
        double[] v = new double[n];
        boolean[] y = new boolean[n];
        double vSum = 0;
        for (int t = 0; t < n; t++) {
            v[t] = observed.get(t).weight() * n / weightSum;
            y[t] = observed.get(t).hit();
            vSum += v[t];
        }
        double[] mean = new double[k];
        double[] sd = new double[k];
        List<Integer> kept = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int t = 0; t < n; t++) {
                double load = observed.get(t).load(i);
                min = Math.min(min, load);
                max = Math.max(max, load);
                sum += v[t] * load;
            }
            mean[i] = sum / vSum;
            if (min == max) {
                // a constant load has standard deviation 0 exactly, whatever rounding leaves of it
                mean[i] = min;
                continue;
            }
            double squares = 0;
            for (int t = 0; t < n; t++) {
                double d = observed.get(t).load(i) - mean[i];
                squares += v[t] * d * d;
            }
            sd[i] = Math.sqrt(squares / vSum);
            kept.add(i);
        }
        if (kept.isEmpty()) {
            throw new InvalidArgument(Message.of("validation.no-indicator-raises-the-risk"));
        }
        double[][] z = new double[n][kept.size()];
        for (int t = 0; t < n; t++) {
            Observation o = observed.get(t);
            for (int j = 0; j < kept.size(); j++) {
                int i = kept.get(j);
                z[t][j] = (o.load(i) - mean[i]) / sd[i];
            }
        }
        WeightedLogistic.Fit fit = WeightedLogistic.fit(z, y, v);

        List<Effect> effects = new ArrayList<>(k);
        double[] positive = new double[k];
        boolean any = false;
        for (int i = 0; i < k; i++) {
            int j = kept.indexOf(i);
            if (j < 0) {
                effects.add(new Effect(codes.get(i), mean[i], 0, null, null));
                continue;
            }
            double b = fit.coefficient(j);
            double c = b / sd[i];
            effects.add(new Effect(codes.get(i), mean[i], sd[i], b, c));
            positive[i] = Math.max(0, c);
            any |= positive[i] > 0;
        }
        if (!any) {
            throw new InvalidArgument(Message.of("validation.no-indicator-raises-the-risk"));
        }
        return new Learned(
                Weights.fromFractions(codes, positive),
                List.copyOf(effects),
                fit.intercept(),
                fit.iterations(),
                hits,
                cleans);
    }

    /** The learned weights with the AUCs of the current and the learned weights, and the cross-validated AUC. */
    public static Assessment assess(List<String> codes, Map<String, BigDecimal> current, List<Observation> targets) {
        List<Observation> observed = observed(targets);
        Learned learned = learn(codes, observed);
        Double currentAuc = auc(observed, scores(codes, current, observed));
        Double learnedAuc = auc(observed, scores(codes, learned.weights(), observed));

        List<List<Observation>> folds = new ArrayList<>(FOLDS);
        for (int f = 0; f < FOLDS; f++) {
            folds.add(new ArrayList<>());
        }
        for (Observation t : observed) {
            folds.get(fold(t.uscc())).add(t);
        }
        List<Observation> pooled = new ArrayList<>(observed.size());
        List<Double> pooledScores = new ArrayList<>(observed.size());
        for (int f = 0; f < FOLDS; f++) {
            if (folds.get(f).isEmpty()) {
                continue;
            }
            List<Observation> training = new ArrayList<>(observed.size());
            for (int other = 0; other < FOLDS; other++) {
                if (other != f) {
                    training.addAll(folds.get(other));
                }
            }
            Learned foldWeights;
            try {
                foldWeights = learn(codes, training);
            } catch (InvalidArgument refused) {
                return new Assessment(
                        learned,
                        currentAuc,
                        learnedAuc,
                        null,
                        Message.of("validation.fold-refused", f, refused.text()));
            }
            pooled.addAll(folds.get(f));
            for (double s : scores(codes, foldWeights.weights(), folds.get(f))) {
                pooledScores.add(s);
            }
        }
        double[] crossScores =
                pooledScores.stream().mapToDouble(Double::doubleValue).toArray();
        return new Assessment(learned, currentAuc, learnedAuc, auc(pooled, crossScores), null);
    }

    /**
     * The fold of a business: the first 8 hex digits of {@code SHA-256(UTF-8(uscc))} read as an
     * integer, mod 5.
     */
    public static int fold(Uscc uscc) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(uscc.value().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        long first = ((digest[0] & 0xFFL) << 24)
                | ((digest[1] & 0xFFL) << 16)
                | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
        return (int) (first % FOLDS);
    }

    /**
     * The score-v1 score of each observation's loads under {@code weights} (vetoes and bonuses left
     * out, since only the ranking matters): {@code 10 * sum_i w_i * max(0, 100 - L_ti)}, rounded to 9
     * decimal places so that ties in exact arithmetic are ties here too (the AUC counts them as halves).
     */
    public static double[] scores(List<String> codes, Map<String, BigDecimal> weights, List<Observation> targets) {
        double[] w = new double[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            BigDecimal weight = weights.get(codes.get(i));
            w[i] = weight == null ? 0 : weight.doubleValue();
        }
        double[] scores = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            Observation o = targets.get(t);
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += w[i] * Math.max(0, 100 - o.load(i));
            }
            // to 9 places: scores equal in exact arithmetic stay tied whatever rounding the sum collected
            scores[t] = Math.round(10 * sum * 1e9) / 1e9;
        }
        return scores;
    }

    /** The weighted AUC of {@code scores} (lower riskier) over these observations. */
    static Double auc(List<Observation> observed, double[] scores) {
        boolean[] y = new boolean[observed.size()];
        double[] w = new double[observed.size()];
        for (int t = 0; t < y.length; t++) {
            y[t] = observed.get(t).hit();
            w[t] = observed.get(t).weight();
        }
        return WeightedAuc.of(scores, y, w);
    }

    private static List<Observation> observed(List<Observation> targets) {
        List<Observation> observed = new ArrayList<>(targets.size());
        for (Observation t : targets) {
            if (t.observed()) {
                observed.add(t);
            }
        }
        return Collections.unmodifiableList(observed);
    }
}
