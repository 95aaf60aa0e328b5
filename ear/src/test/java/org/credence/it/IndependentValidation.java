package org.credence.it;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes the figures of a model validation report (validation-v1) from its published observations.
 *
 * <p>Written from the published description of validation-v1 only and sharing no code with the server,
 * so that comparing the two catches a mistake in either. It takes the plain road the method describes:
 * the AUC by the double loop over hits and cleans, the weight of each observation from its published
 * selected and pool counts.
 */
final class IndependentValidation {

    static final List<String> GRADES = List.of("A", "B", "C", "D");
    static final double Z = 1.959964;

    /** One grade's figures; rate, lower, upper null without observations. */
    record Grade(
            long observations, long hits, long notReachable, long refused, Double rate, Double lower, Double upper) {}

    record Figures(
            Map<String, Grade> grades,
            long observations,
            long hits,
            Double prevalence,
            boolean monotone,
            Double scoreAuc,
            Double gradeAuc) {}

    private record Row(String grade, double score, double weight, boolean hit) {}

    private IndependentValidation() {}

    static Figures recompute(List<JsonObject> published) {
        List<Row> rows = new ArrayList<>();
        Map<String, long[]> counts = new TreeMap<>();
        GRADES.forEach(g -> counts.put(g, new long[4]));
        for (JsonObject o : published) {
            String outcome = o.getString("outcome");
            long[] c = counts.get(o.getString("grade"));
            switch (outcome) {
                case "NOT_REACHABLE" -> c[2]++;
                case "REFUSED" -> c[3]++;
                default -> {
                    boolean hit = outcome.equals("VIOLATIONS_FOUND") || outcome.equals("CORRECTED_ON_SITE");
                    c[0]++;
                    if (hit) {
                        c[1]++;
                    }
                    double pi = (double) o.getInt("selected") / o.getInt("pool");
                    rows.add(new Row(
                            o.getString("grade"), o.getJsonNumber("score").doubleValue(), 1 / pi, hit));
                }
            }
        }
        Map<String, Grade> grades = new TreeMap<>();
        for (String g : GRADES) {
            long[] c = counts.get(g);
            if (c[0] == 0) {
                grades.put(g, new Grade(0, 0, c[2], c[3], null, null, null));
                continue;
            }
            double m = c[0];
            double r = c[1] / m;
            double centre = (r + Z * Z / (2 * m)) / (1 + Z * Z / m);
            double half = Z * Math.sqrt(r * (1 - r) / m + Z * Z / (4 * m * m)) / (1 + Z * Z / m);
            grades.put(g, new Grade(c[0], c[1], c[2], c[3], r, centre - half, centre + half));
        }
        double weightedHits = 0;
        double weights = 0;
        long hits = 0;
        for (Row row : rows) {
            weights += row.weight();
            if (row.hit()) {
                weightedHits += row.weight();
                hits++;
            }
        }
        boolean monotone = true;
        Double previous = null;
        for (String g : GRADES) {
            Double r = grades.get(g).rate();
            if (r != null) {
                monotone &= previous == null || previous <= r;
                previous = r;
            }
        }
        return new Figures(
                grades,
                rows.size(),
                hits,
                weights == 0 ? null : weightedHits / weights,
                monotone,
                auc(rows, false),
                auc(rows, true));
    }

    /** Lower is riskier: the score, or the grade with D the riskiest. */
    private static Double auc(List<Row> rows, boolean byGrade) {
        double numerator = 0;
        double hitWeight = 0;
        double cleanWeight = 0;
        for (Row i : rows) {
            if (i.hit()) {
                hitWeight += i.weight();
            } else {
                cleanWeight += i.weight();
            }
        }
        if (hitWeight == 0 || cleanWeight == 0) {
            return null;
        }
        for (Row i : rows) {
            if (!i.hit()) {
                continue;
            }
            for (Row j : rows) {
                if (j.hit()) {
                    continue;
                }
                double si = byGrade ? -GRADES.indexOf(i.grade()) : i.score();
                double sj = byGrade ? -GRADES.indexOf(j.grade()) : j.score();
                numerator += i.weight() * j.weight() * (si < sj ? 1 : si == sj ? 0.5 : 0);
            }
        }
        return numerator / (hitWeight * cleanWeight);
    }
}
