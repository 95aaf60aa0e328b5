package org.credence.inspection.control;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.credit.entity.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The share of businesses, by entity type, that an agency's information-check plans (企业公示信息抽查)
 * of a year have checked (staffed targets of draws that stand) and will check (the draws still
 * scheduled that year, each by its expected targets: per grade, the allocation of draw-v1 on today's
 * pool, spread over the entity types in the grade's proportions). The statute asks for at least 3 %
 * a year; the comparison is exact, in integers.
 */
public final class InformationCoverage {

    /** The statutory minimum: 3 % of enterprises a year, in basis points. */
    public static final int MINIMUM_BP = 300;

    /**
     * One entity type: how many operating businesses it has, how many were checked this year, how many
     * the scheduled draws are expected to check, and the shares in basis points (rounded down, so 2.99 %
     * never shows as 3 %).
     */
    public record Row(
            @Schema(enumeration = {"ENTERPRISE", "INDIVIDUAL_BUSINESS", "FARMERS_COOPERATIVE", "OTHER"})
            String entityType,

            long businesses,
            long checked,
            long planned,
            int checkedBp,
            int withPlannedBp,
            boolean belowMinimum)
            implements Serializable {}

    private InformationCoverage() {}

    /** The rows, one per entity type that has businesses, in entity-type order. */
    public static List<Row> rows(Map<String, Long> businesses, Map<String, Long> checked, Map<String, Long> planned) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : new TreeMap<>(businesses).entrySet()) {
            long n = e.getValue();
            if (n == 0) {
                continue;
            }
            long done = checked.getOrDefault(e.getKey(), 0L);
            long coming = planned.getOrDefault(e.getKey(), 0L);
            rows.add(new Row(
                    e.getKey(),
                    n,
                    done,
                    coming,
                    basisPoints(done, n),
                    basisPoints(done + coming, n),
                    (done + coming) * 10_000 < (long) MINIMUM_BP * n));
        }
        return rows;
    }

    /** {@code part / whole} in basis points, rounded down, at most 10000. */
    static int basisPoints(long part, long whole) {
        return (int) Math.min(
                10_000,
                BigInteger.valueOf(part)
                        .multiply(BigInteger.valueOf(10_000))
                        .divide(BigInteger.valueOf(whole))
                        .longValue());
    }

    /**
     * The targets a draw is expected to select per entity type: for each grade, its allocation
     * {@code n_g} spread over the grade's members in proportion ({@code n_g * N_g,t / N_g}), summed and
     * rounded half up once at the end (exact rational arithmetic).
     */
    public static Map<String, Long> expected(
            Map<Grade, Integer> allocation, Map<Grade, Map<String, Long>> poolByGradeAndType) {
        BigInteger denominator = BigInteger.ONE;
        for (Grade g : Grade.values()) {
            long total = poolByGradeAndType.getOrDefault(g, Map.of()).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            if (total > 0) {
                denominator = denominator.multiply(BigInteger.valueOf(total));
            }
        }
        Map<String, BigInteger> numerators = new TreeMap<>(); // over the common denominator
        for (Grade g : Grade.values()) {
            Map<String, Long> types = poolByGradeAndType.getOrDefault(g, Map.of());
            long total = types.values().stream().mapToLong(Long::longValue).sum();
            int n = allocation.getOrDefault(g, 0);
            if (total == 0 || n == 0) {
                continue;
            }
            BigInteger scale = denominator.divide(BigInteger.valueOf(total));
            types.forEach((type, count) -> numerators.merge(
                    type,
                    BigInteger.valueOf(n).multiply(BigInteger.valueOf(count)).multiply(scale),
                    BigInteger::add));
        }
        Map<String, Long> expected = new TreeMap<>();
        BigInteger finalDenominator = denominator;
        numerators.forEach((type, num) -> expected.put(
                type,
                num.shiftLeft(1)
                        .add(finalDenominator)
                        .divide(finalDenominator.shiftLeft(1))
                        .longValue()));
        return expected;
    }
}
