package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageScanTest {

    private final PageScan scan = PageScan.ofApplication();

    private List<String> chinese(String text) {
        return scan.findings(text, text, true);
    }

    private List<String> english(String text) {
        return scan.findings(text, text, false);
    }

    @Test
    void theConstantsComeFromTheEnumerationsAndTheLabelledCodes() {
        assertTrue(
                scan.constants().containsAll(List.of("ENTERPRISE", "OPERATING", "FINE", "SERIOUS_ILLEGAL")),
                "enumerations: " + scan.constants());
        assertTrue(
                scan.constants().containsAll(List.of("DRAWN", "SCHEDULED", "DRAFT", "VIOLATIONS_FOUND")),
                "codes kept as text, from the label keys");
    }

    @Test
    void aRawEnumerationConstantFailsButAnAgencyCodeOrAUsccDoesNot() {
        assertEquals(1, chinese("状态 OPERATING").size());
        assertEquals(1, english("Status: SCHEDULED").size());
        assertEquals(List.of(), chinese("SAMR-0004 91110000600037341L 国家市场监督管理总局（SAMR） SAMR-SL-KEY-SUPERVISION"));
        assertTrue(!scan.constants().contains("AHP"), "a code the labels use as a word (层次分析法 AHP) is not a constant");
    }

    @Test
    void javaCollectionTextFails() {
        for (String text : List.of("[SAMR]", "{A=2000, B=3000}", "[] [11] [] []", "[SAMR-0004, SAMR-0001]")) {
            assertTrue(!chinese(text).isEmpty(), text);
        }
        assertEquals(List.of(), chinese("SAMR-0004、SAMR-0001 A 20%、B 30%"));
    }

    @Test
    void scientificNotationAndIsoTimestampsFail() {
        assertEquals(1, chinese("奖励上限 2E+1").size());
        assertEquals(1, chinese("时间 2026-12-04T15:31:38.709149").size());
        assertEquals(List.of(), chinese("2026年12月4日 23:31 913301066E00012341 ticket 3e5a"));
    }

    @Test
    void anEnglishSentenceFailsOnAChinesePageAndChineseOnAnEnglishOne() {
        assertEquals(1, chinese("是否 is required: one of").size());
        assertEquals(List.of(), chinese("Credence 信用监管平台 SHA-256 CR = 0.05"));
        assertEquals(1, english("Status 存续").size());
        assertEquals(List.of(), english("Look up a business"));
    }

    @Test
    void dataCellsAreLeftOutOfTheLanguageRulesOnly() {
        assertEquals(List.of(), scan.findings("杭州某某有限公司 Look up a business", "Look up a business", false));
        assertEquals(1, scan.findings("Test item [x, y]", "", true).size(), "collection text counts inside data too");
    }
}
