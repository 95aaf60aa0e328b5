package org.credence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadableTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void listsAreJoinedAsTheLanguageJoinsThem() {
        assertEquals("SAMR-0004、SAMR-0001", Readable.list(List.of("SAMR-0004", "SAMR-0001"), String::valueOf, ZH));
        assertEquals("SAMR-0004, SAMR-0001", Readable.list(List.of("SAMR-0004", "SAMR-0001"), String::valueOf, EN));
        assertEquals("", Readable.list(List.of(), String::valueOf, ZH));
    }

    @Test
    void ratiosInBasisPointsReadAsThePercentPeopleType() {
        assertEquals("20%", Readable.percent(2000, ZH));
        assertEquals("2.5%", Readable.percent(250, EN));
        assertEquals("0.01%", Readable.percent(1, EN));
        Map<String, Integer> ratios = new LinkedHashMap<>();
        ratios.put("A", 2000);
        ratios.put("B", 3000);
        assertEquals("A 20%、B 30%", Readable.entries(ratios, k -> k, v -> Readable.percent(v, ZH), ZH));
        assertEquals("A 20%, B 30%", Readable.entries(ratios, k -> k, v -> Readable.percent(v, EN), EN));
    }

    @Test
    void sharesReadAsPercentsAndMeasuresWithFixedDecimals() {
        assertEquals("12.3%", Readable.share(0.1234, 1, ZH));
        assertEquals("0.0%", Readable.share(0.0, 1, EN));
        assertEquals("100.0%", Readable.share(1.0, 1, EN));
        assertEquals("", Readable.share(null, 1, EN));
        assertEquals("0.750", Readable.fixed(0.75, 3, ZH));
        assertEquals("-0.125", Readable.fixed(-0.125, 3, EN));
        assertEquals("1,234.50", Readable.fixed(1234.5, 2, EN));
        assertEquals("0.000", Readable.fixed(1e-9, 3, EN), "never scientific notation");
        assertEquals("", Readable.fixed(null, 3, ZH));
    }

    @Test
    void numbersNeverReadInScientificNotation() {
        assertEquals("20", Readable.number(new BigDecimal("2E+1"), ZH));
        assertEquals("1,050", Readable.number(1050, EN));
        assertEquals("0.125", Readable.number(new BigDecimal("0.1250"), EN));
    }

    @Test
    void timesKeptInUtcReadInChinaTime() {
        LocalDateTime utc = LocalDateTime.of(2026, 12, 4, 15, 31, 38, 709149000);
        assertEquals("2026年12月4日 23:31", Readable.utcTime(utc, ZH));
        assertEquals("Dec 4, 2026, 11:31 PM", Readable.utcTime(utc, EN));
        assertEquals("2026年12月5日 09:00", Readable.chinaTime(LocalDateTime.of(2026, 12, 5, 9, 0), ZH));
        assertEquals("2026年12月4日", Readable.date(LocalDate.of(2026, 12, 4), ZH));
    }

    @Test
    void aBilingualCatalogueNameShowsTheReadersPart() {
        String agency = "国家市场监督管理总局 State Administration for Market Regulation";
        assertEquals("国家市场监督管理总局", Readable.namePart(agency, ZH));
        assertEquals("State Administration for Market Regulation", Readable.namePart(agency, EN));
        String category = "虚假价格促销（先提价后打折） Fake price promotions";
        assertEquals("虚假价格促销（先提价后打折）", Readable.namePart(category, ZH));
        assertEquals("Fake price promotions", Readable.namePart(category, EN));
        assertEquals("杭州某某有限公司", Readable.namePart("杭州某某有限公司", EN), "a name in one language stays whole");
        assertEquals("Acme Ltd", Readable.namePart("Acme Ltd", ZH));
        assertEquals(
                "界面测试模型 it-3x", Readable.namePart("界面测试模型 it-3x", EN), "a name with a code after it is not bilingual");
    }
}
