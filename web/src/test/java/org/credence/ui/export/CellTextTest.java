package org.credence.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void aTextThatASpreadsheetWouldEvaluateGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CellText.neutralised("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+1", CellText.neutralised("+1+1"));
        assertEquals("'-2+3", CellText.neutralised("-2+3"));
        assertEquals("'@SUM(A1)", CellText.neutralised("@SUM(A1)"));
        assertEquals("'\t=1", CellText.neutralised("\t=1"));
        assertEquals("'\r=1", CellText.neutralised("\r=1"));
    }

    @Test
    void everyOtherTextStaysAsItIs() {
        assertEquals("杭州某网络科技有限公司", CellText.neutralised("杭州某网络科技有限公司"));
        assertEquals("91110000600037341L", CellText.neutralised("91110000600037341L"));
        assertEquals("a=b", CellText.neutralised("a=b"));
        assertEquals(" =1", CellText.neutralised(" =1"));
        assertEquals("", CellText.neutralised(""));
        assertNull(CellText.neutralised(null));
    }
}
