package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.credit.control.ScoreMethod.ListFacts;
import org.credence.credit.entity.Grade;
import org.junit.jupiter.api.Test;

class DefaultModelTest {

    /** The catalogue's categories by polarity, read from the migration that seeds them. */
    private static Map<String, Set<String>> catalogue() throws IOException {
        try (InputStream sql = DefaultModelTest.class.getResourceAsStream("/db/migration/V4__record_catalogue.sql")) {
            String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            Matcher row = Pattern.compile("values \\(\\d+, '([A-Z_]+)', '[^']*', '(NEGATIVE|POSITIVE)'")
                    .matcher(text);
            Set<String> negative = new HashSet<>();
            Set<String> positive = new HashSet<>();
            while (row.find()) {
                (row.group(2).equals("NEGATIVE") ? negative : positive).add(row.group(1));
            }
            return Map.of("NEGATIVE", negative, "POSITIVE", positive);
        }
    }

    @Test
    void coversEveryCategoryOfTheCatalogueExactlyOnce() throws IOException {
        List<String> mapped = new ArrayList<>();
        DefaultModel.DIMENSIONS.forEach(d -> d.indicators().values().forEach(mapped::addAll));
        assertEquals(mapped.size(), new HashSet<>(mapped).size(), "a category in two indicators: " + mapped);
        assertEquals(catalogue().get("NEGATIVE"), new HashSet<>(mapped));
        assertEquals(catalogue().get("POSITIVE"), DefaultModel.POSITIVE_CATEGORIES);
    }

    @Test
    void everyJudgementMatrixIsConsistentAndTheWeightsAreExact() {
        assertTrue(Ahp.weigh(DefaultModel.DIMENSION_JUDGEMENTS).acceptable());
        DefaultModel.DIMENSIONS.forEach(
                d -> assertTrue(Ahp.weigh(d.judgements()).acceptable(), d.code()));
        Map<String, BigDecimal> weights = DefaultModel.weights();
        assertEquals(13, weights.size());
        assertEquals(
                0,
                weights.values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(BigDecimal.ONE));
        assertTrue(weights.get("REGULATED_GOODS").compareTo(weights.get("TAX_COMPLIANCE")) > 0);
    }

    @Test
    void aCleanBusinessScores1000UnderTheDefaultModel() {
        ScoreExplanation e = ScoreMethod.score(
                DefaultModel.scoreModel("default", 1), List.of(), ListFacts.NONE, LocalDate.of(2026, 11, 1));
        assertEquals(1000, e.score());
        assertEquals(Grade.A, e.grade());
    }
}
