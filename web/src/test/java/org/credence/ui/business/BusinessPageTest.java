package org.credence.ui.business;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BusinessPageTest {

    @Test
    void aLongChartLabelIsBrokenIntoLinesBetweenWordsAndAShortOneStaysWhole() {
        assertEquals(
                "[\"Regulated and\",\"prohibited goods\"]",
                BusinessPage.lines("Regulated and prohibited goods").build().toString());
        assertEquals("[\"违禁管制物品\"]", BusinessPage.lines("违禁管制物品").build().toString());
        assertEquals(
                "[\"Network fraud\"]",
                BusinessPage.lines("Network fraud").build().toString());
    }
}
