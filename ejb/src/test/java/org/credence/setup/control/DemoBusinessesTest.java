package org.credence.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.boundary.ShopListing;
import org.credence.business.entity.Uscc;
import org.junit.jupiter.api.Test;

class DemoBusinessesTest {

    private final List<BusinessDescription> population = DemoBusinesses.generate(300, 20261122L);

    @Test
    void everyCodeIsValidAndUnique() {
        Set<String> codes = new HashSet<>();
        for (BusinessDescription b : population) {
            Uscc.parse(b.uscc());
            assertTrue(codes.add(b.uscc()), "duplicate " + b.uscc());
        }
        assertEquals(300, codes.size());
        population.forEach(b -> assertEquals(b.uscc().substring(2, 8), b.regionCode(), "the code carries the registered region"));
        assertEquals(DemoBusinesses.DOCUMENTED_CODES, population.stream().limit(2).map(BusinessDescription::uscc).toList());
    }

    @Test
    void spreadsOverSeveralPlatformsAndRegionsWithUniqueShops() {
        Set<String> platforms = population.stream().flatMap(b -> b.shops().stream()).map(ShopListing::platform)
                .collect(Collectors.toSet());
        Set<String> regions = population.stream().map(BusinessDescription::regionCode).collect(Collectors.toSet());
        assertTrue(platforms.size() >= 6, platforms.toString());
        assertTrue(regions.size() >= 6, regions.toString());
        Set<String> shops = new HashSet<>();
        population.stream().flatMap(b -> b.shops().stream())
                .forEach(s -> assertTrue(shops.add(s.platform() + "/" + s.shopId()), "shared shop " + s));
    }

    @Test
    void theSameSeedGivesTheSamePopulation() {
        assertEquals(population, DemoBusinesses.generate(300, 20261122L));
    }
}
