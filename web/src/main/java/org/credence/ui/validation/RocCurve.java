package org.credence.ui.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.credence.validation.control.WeightedGroups;

/**
 * The weighted ROC curve behind validation-v1's AUC, for drawing: businesses taken as risky from the
 * lowest value up (a lower score, or a worse grade, meaning riskier), each point the share of the hits'
 * weight and of the cleans' weight at or below one value. Tied values make one step, drawn as a
 * straight segment, so the area under the curve (trapezoids) is the AUC with half credit for ties.
 * Pure; no container types.
 */
public final class RocCurve {

    /** One point: the share of clean weight and of hit weight taken as risky so far. */
    public record Point(double falsePositive, double truePositive) implements Serializable {}

    private RocCurve() {}

    /**
     * The curve from (0, 0) to (1, 1), a point per distinct value; empty without at least one hit and
     * one clean observation (the AUC is then undefined too).
     */
    public static List<Point> of(double[] values, boolean[] hits, double[] weights) {
        WeightedGroups groups = WeightedGroups.of(values, hits, weights);
        if (groups.hitWeight() == 0 || groups.cleanWeight() == 0) {
            return List.of();
        }
        List<Point> points = new ArrayList<>(groups.size() + 1);
        points.add(new Point(0, 0));
        double hitsSoFar = 0;
        double cleansSoFar = 0;
        for (int g = 0; g < groups.size(); g++) {
            hitsSoFar += groups.hits(g);
            cleansSoFar += groups.cleans(g);
            // the last point is exactly (1, 1), whatever the rounding of the sums
            points.add(
                    g == groups.size() - 1
                            ? new Point(1, 1)
                            : new Point(cleansSoFar / groups.cleanWeight(), hitsSoFar / groups.hitWeight()));
        }
        return points;
    }

    /** The area under the curve by trapezoids: the weighted AUC. */
    public static double area(List<Point> points) {
        double area = 0;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            area += (b.falsePositive() - a.falsePositive()) * (a.truePositive() + b.truePositive()) / 2;
        }
        return area;
    }

    /**
     * At most {@code most} points of the curve, evenly spaced along it, the first and the last always
     * kept: a chart of thousands of distinct scores draws the same line from a few hundred.
     */
    public static List<Point> thinned(List<Point> points, int most) {
        if (most < 2) {
            throw new IllegalArgumentException("a curve needs at least two points");
        }
        if (points.size() <= most) {
            return points;
        }
        List<Point> kept = new ArrayList<>(most);
        int last = points.size() - 1;
        for (int i = 0; i < most; i++) {
            kept.add(points.get((int) Math.round((double) i * last / (most - 1))));
        }
        return kept;
    }
}
