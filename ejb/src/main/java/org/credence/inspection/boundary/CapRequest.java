package org.credence.inspection.boundary;

import java.util.Map;

/**
 * An authority's annual cap per enterprise as its administrator publishes it: {@code perYear} for
 * every grade, {@code byGrade} where a grade has its own (e.g. {@code {"A": 1}}), and the notice that
 * publishes it ({@code basis}, optional).
 */
public record CapRequest(Integer perYear, Map<String, Integer> byGrade, String basis) {}
