package org.credence.business.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionsTest {

    private final Regions shipped = Regions.shipped();

    @Test
    void aCountyIsNamedWithItsProvinceAndCityLeavingOutPlaceholderCities() {
        assertEquals("北京市 朝阳区", shipped.name("110105"), "the city row 1101 is 市辖区, not a place");
        assertEquals("浙江省 杭州市 西湖区", shipped.name("330106"));
        assertEquals("河南省 济源市", shipped.name("419001"), "a county-level city under the province");
    }

    @Test
    void shorterCodesAndTrailingZerosNameTheProvinceOrCity() {
        assertEquals("浙江省", shipped.name("33"));
        assertEquals("浙江省 杭州市", shipped.name("3301"));
        assertEquals("浙江省 杭州市", shipped.name("330100"));
        assertEquals("广东省", shipped.name("440000"));
    }

    @Test
    void prefixesOfOtherLengthsNameTheGreaterRegionOrThePlaceTheyLieIn() {
        assertEquals("华东地区", shipped.name("3"));
        assertEquals("浙江省", shipped.name("330"));
        assertEquals("浙江省 杭州市", shipped.name("33010"));
    }

    @Test
    void unknownOrMalformedCodesHaveNoName() {
        assertNull(shipped.name("999999"));
        assertNull(shipped.name("110199"));
        assertNull(shipped.name("1101999"));
        assertNull(shipped.name("7"));
        assertNull(shipped.name("abcdef"));
        assertNull(shipped.name(null));
        assertNull(shipped.name("000000"));
    }

    @Test
    void theShippedTableHoldsEveryProvinceCityAndCounty() {
        assertTrue(shipped.size() > 3300, "provinces, cities and counties: " + shipped.size());
    }

    @Test
    void aTableOfItsOwnIsReadTheSameWay() {
        Regions table = new Regions(Map.of("50", "重庆市", "5002", "县", "500229", "城口县"));
        assertEquals("重庆市 城口县", table.name("500229"));
    }
}
