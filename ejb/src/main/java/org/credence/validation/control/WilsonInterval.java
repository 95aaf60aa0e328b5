package org.credence.validation.control;

/**
 * The Wilson score interval at 95 % of a hit rate {@code r = h / m} (validation-v1), with
 * {@code z = 1.959964}: centre {@code (r + z^2/(2m)) / (1 + z^2/m)}, half-width
 * {@code z * sqrt(r(1 - r)/m + z^2/(4m^2)) / (1 + z^2/m)}.
 */
public record WilsonInterval(double centre, double halfWidth) {

    public static final double Z = 1.959964;

    /** The interval of {@code hits} in {@code observations} (at least one). */
    public static WilsonInterval of(long hits, long observations) {
        if (observations < 1 || hits < 0 || hits > observations) {
            throw new IllegalArgumentException(hits + " hits in " + observations + " observations");
        }
        double m = observations;
        double r = hits / m;
        double z2 = Z * Z;
        double denominator = 1 + z2 / m;
        double centre = (r + z2 / (2 * m)) / denominator;
        double halfWidth = Z * Math.sqrt(r * (1 - r) / m + z2 / (4 * m * m)) / denominator;
        return new WilsonInterval(centre, halfWidth);
    }

    public double lower() {
        return centre - halfWidth;
    }

    public double upper() {
        return centre + halfWidth;
    }

    /** Whether the two intervals share at least one point. */
    public boolean overlaps(WilsonInterval other) {
        return lower() <= other.upper() && other.lower() <= upper();
    }
}
