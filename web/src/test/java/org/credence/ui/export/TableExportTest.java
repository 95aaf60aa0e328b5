package org.credence.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static byte[] export(ExportFormat format, int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.open(format, out, "企业", List.of("统一社会信用代码", "名称", "罚款金额"))) {
            table.row("91110000600037341L", "=cmd|' /C calc'!A0", new BigDecimal("2000.50"));
            table.row("91350100M000100Y43", "某公司, \"分店\"", null);
            for (int i = 0; i < rows - 2; i++) {
                table.row("X" + i, "名称 " + i, i);
            }
        }
        return out.toByteArray();
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkQuotedWhereNeededWithFormulasNeutralised() throws Exception {
        String csv = new String(export(ExportFormat.CSV, 2), StandardCharsets.UTF_8);
        assertEquals(
                "\ufeff统一社会信用代码,名称,罚款金额\r\n"
                        + "91110000600037341L,'=cmd|' /C calc'!A0,2000.50\r\n"
                        + "91350100M000100Y43,\"某公司, \"\"分店\"\"\",\r\n",
                csv);
    }

    @Test
    void xlsxHasTheHeaderEveryRowNumbersAsNumbersAndNoFormula() throws Exception {
        int rows = 5000; // far more than the rows SXSSF keeps in memory
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, rows)))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("企业", sheet.getSheetName());
            assertEquals(rows + 1, sheet.getPhysicalNumberOfRows());
            assertEquals("统一社会信用代码", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType());
            assertEquals("'=cmd|' /C calc'!A0", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(2000.5, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(null, sheet.getRow(2).getCell(2), "null leaves the cell empty");
            assertEquals(CellType.NUMERIC, sheet.getRow(rows).getCell(2).getCellType());
            assertEquals(rows - 3, sheet.getRow(rows).getCell(2).getNumericCellValue());
            sheet.forEach(row -> row.forEach(cell -> assertFalse(cell.getCellType() == CellType.FORMULA)));
        }
    }

    @Test
    void aFailedExportIsDiscardedWithoutWritingAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport table = TableExport.open(ExportFormat.XLSX, out, "x", List.of("a"));
        table.row("1");
        table.discard();
        assertEquals(0, out.size());
    }

    @Test
    void formatsAreNamedByTheirExtension() {
        assertEquals(ExportFormat.XLSX, ExportFormat.of("XLSX").orElseThrow());
        assertEquals(ExportFormat.CSV, ExportFormat.of("csv").orElseThrow());
        assertTrue(ExportFormat.of("pdf").isEmpty());
        assertTrue(ExportFormat.of(null).isEmpty());
    }

    @Test
    void theFileNameReachesTheBrowserInUtf8WithAnAsciiFallback() {
        assertEquals(
                "attachment; filename=\"____.csv\"; filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97.csv",
                Exports.disposition("审计日志.csv"));
    }
}
