package org.credence.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.boundary.ShopListing;
import org.credence.business.entity.Uscc;
import org.credence.violation.control.RecordValidator;
import org.credence.violation.control.RecordValidator.CategoryRule;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordSubmission;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

    private static final Map<String, CategoryRule> CATALOGUE = Map.of(
            "FALSE_ADVERTISING", new CategoryRule(2, "FALSE_ADVERTISING", Polarity.NEGATIVE, false, Set.of("SAMR")),
            "DRUG_SALES", new CategoryRule(14, "DRUG_SALES", Polarity.NEGATIVE, true, Set.of("NMPA", "SAMR")),
            "TELECOM_FRAUD", new CategoryRule(8, "TELECOM_FRAUD", Polarity.NEGATIVE, false, Set.of("MPS", "MIIT")),
            "HONOUR", new CategoryRule(23, "HONOUR", Polarity.POSITIVE, false, Set.of("SAMR", "CAC")));
    private static final Map<String, Long> AGENCIES = Map.of("SAMR", 1L, "CAC", 2L, "MPS", 3L, "MIIT", 4L, "NMPA", 8L);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private final SyntheticPopulation population = new SyntheticPopulation(20261122L, 20_000);

    @Test
    void everyCodeIsValidUniqueAndCarriesItsRegion() {
        Set<String> codes = new HashSet<>();
        Set<String> shops = new HashSet<>();
        for (int i = 0; i < population.size(); i++) {
            BusinessDescription b = population.business(i);
            Uscc.parse(b.uscc());
            assertTrue(codes.add(b.uscc()), "duplicate " + b.uscc());
            assertEquals(b.uscc().substring(2, 8), b.regionCode());
            for (ShopListing s : b.shops()) {
                assertTrue(shops.add(s.platform() + "/" + s.shopId()), "shared shop " + s);
            }
        }
        assertEquals(
                SyntheticPopulation.DOCUMENTED_CODES,
                List.of(population.business(0).uscc(), population.business(1).uscc()));
    }

    @Test
    void spreadsOverRegionsAndPlatformsAndIsReproducible() {
        Set<String> regions = IntStream.range(0, 1000)
                .mapToObj(population::business)
                .map(BusinessDescription::regionCode)
                .collect(Collectors.toSet());
        Set<String> platforms = IntStream.range(0, 1000)
                .mapToObj(population::business)
                .flatMap(b -> b.shops().stream())
                .map(ShopListing::platform)
                .collect(Collectors.toSet());
        assertTrue(regions.size() >= 20, regions.toString());
        assertTrue(platforms.size() >= 8, platforms.toString());
        assertEquals(population.business(12_345), new SyntheticPopulation(20261122L, 20_000).business(12_345));
    }

    @Test
    void recordsAreSkewedValidAndExactlyAsManyAsAskedFor() {
        List<RecordSubmission> records = new ArrayList<>();
        population.records(50_000, AS_OF, CATALOGUE, records::add);
        assertEquals(50_000, records.size());

        RecordValidator validator = new RecordValidator(CATALOGUE, AGENCIES, null, AS_OF);
        records.forEach(r -> assertTrue(
                validator.validate(r).isValid(), r + " " + validator.validate(r).errors()));
        assertEquals(
                records.size(),
                records.stream()
                        .map(r -> r.agency() + "/" + r.sourceRecordId())
                        .distinct()
                        .count());

        Map<String, Integer> perBusiness = new HashMap<>();
        records.forEach(r -> perBusiness.merge(r.uscc(), 1, Integer::sum));
        int reached =
                (int) records.stream().map(RecordSubmission::uscc).distinct().count();
        long lastBusiness = IntStream.range(0, population.size())
                        .filter(i ->
                                perBusiness.containsKey(population.business(i).uscc()))
                        .max()
                        .orElseThrow()
                + 1;
        double clean = 1 - (double) reached / lastBusiness;
        int worst =
                perBusiness.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(clean > 0.6 && clean < 0.8, "most businesses are clean: " + clean);
        assertTrue(worst >= 60, "a heavy tail of repeat offenders: " + worst);
        long positive =
                records.stream().filter(r -> r.category().equals("HONOUR")).count();
        assertTrue(positive > 3_000 && positive < 7_000, "about a tenth positive: " + positive);
    }
}
