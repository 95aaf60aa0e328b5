package org.credence.sharing.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A data-sharing agreement: what one client may read, of which credit models' results, until when.
 * Fields beyond it are left out of every answer.
 */
public record Agreement(String reference, Set<Part> reads, List<Long> modelIds, LocalDate validUntil) {

    /** The parts of a business's credit file an agreement can open. */
    @Schema(name = "AgreementPart", description = "A part of a business's credit file an agreement can open")
    public enum Part {
        /** Score, grade and vetoes; grade changes in the feed. */
        SCORE,
        /** The per-indicator explanation of a score. */
        EXPLANATION,
        /** Violation and positive records; record changes in the feed. */
        RECORDS,
        /** Abnormal and serious list entries; list entries and exits in the feed. */
        LISTS,
        /** Published inspection results, in the feed. */
        INSPECTIONS
    }

    public static final Agreement NONE = new Agreement(null, Set.of(), List.of(), null);

    public Agreement {
        reads = reads.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reads));
        modelIds = List.copyOf(modelIds);
    }

    /** Whether the agreement is in force on {@code date} and opens {@code part}. */
    public boolean allows(Part part, LocalDate date) {
        return inForce(date) && reads.contains(part);
    }

    public boolean inForce(LocalDate date) {
        return reference != null && (validUntil == null || !date.isAfter(validUntil));
    }

    public boolean covers(long modelId) {
        return modelIds.contains(modelId);
    }

    /**
     * The agreement from the columns of {@code sharing_agreement}: comma-separated parts and model ids;
     * {@link #NONE} when there is no row ({@code reference} null).
     */
    public static Agreement stored(String reference, String reads, String modelIds, LocalDate validUntil) {
        if (reference == null) {
            return NONE;
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String part : split(reads)) {
            parts.add(Part.valueOf(part));
        }
        return new Agreement(
                reference, parts, split(modelIds).stream().map(Long::valueOf).toList(), validUntil);
    }

    /** The parts as {@code sharing_agreement.reads} stores them: sorted, comma-separated. */
    public String storedReads() {
        return reads.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The model ids as {@code sharing_agreement.model_ids} stores them: in order, comma-separated. */
    public String storedModelIds() {
        return modelIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
