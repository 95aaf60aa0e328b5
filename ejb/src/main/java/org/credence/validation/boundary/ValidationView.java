package org.credence.validation.boundary;

import java.time.LocalDate;
import java.util.List;
import org.credence.credit.entity.Grade;
import org.credence.validation.control.ValidationReport;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The validation-v1 report of a model for a period of completion dates, as the API publishes it. A
 * figure that cannot be computed is left out and the reason is stated beside it: a grade's
 * {@code coverage}, a discrimination's {@code defined}.
 *
 * @param observations hit and clean results; NOT_REACHABLE and REFUSED ones are counted apart
 * @param prevalence   the Hajek estimate of the population's hit rate
 * @param unknownGrades grades that had pool members but were never drawn: their hit rate is unknown
 */
public record ValidationView(
        ModelRef model,
        @Schema(enumeration = ValidationReport.METHOD) String method,
        LocalDate from,
        LocalDate to,
        int draws,
        long observations,
        long hits,
        long cleans,
        long notReachable,
        long refused,
        Double prevalence,
        List<GradeView> grades,

        @Schema(type = SchemaType.ARRAY, implementation = Grade.class)
        List<String> unknownGrades,

        boolean monotone,
        List<InversionView> inversions,
        DiscriminationView score,
        DiscriminationView grade,
        List<ShiftView> stability) {

    /** The model the report is about. */
    @Schema(name = "ValidatedModel")
    public record ModelRef(long id, String agency, String name, int version) {}

    /**
     * One grade.
     *
     * @param coverage OBSERVED, NEVER_DRAWN (members but never drawn: unknown), NO_FINDINGS (drawn but
     *                 no hit or clean result), NO_MEMBERS
     */
    public record GradeView(
            @Schema(enumeration = {"A", "B", "C", "D"}) String grade,
            long poolMembers,
            long selected,
            long observations,
            long hits,
            long notReachable,
            long refused,
            Double hitRate,
            Double lower,
            Double upper,
            Double lift,

            @Schema(enumeration = {"OBSERVED", "NEVER_DRAWN", "NO_FINDINGS", "NO_MEMBERS"})
            String coverage) {}

    /** A better grade found breaking the rules more often than a worse one. */
    public record InversionView(
            @Schema(enumeration = {"A", "B", "C", "D"}) String better,
            @Schema(enumeration = {"A", "B", "C", "D"}) String worse,
            double betterHitRate,
            double worseHitRate,
            boolean significant) {}

    /** The weighted AUC and Gini; not defined without at least one hit and one clean observation. */
    public record DiscriminationView(boolean defined, Double auc, Double gini) {}

    /** A full run's grade distribution against the previous full run's. */
    public record ShiftView(
            long run,
            LocalDate asOf,
            long previousRun,
            LocalDate previousAsOf,
            Double psi,

            @Schema(
                    enumeration = {"STABLE", "SHIFTING", "SHIFTED"},
                    description = "STABLE below a PSI" + " of 0.1, SHIFTING up to 0.25, SHIFTED above")
            String band) {}
}
