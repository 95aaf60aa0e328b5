package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.credence.platform.InvalidRequestException;
import org.credence.violation.entity.RecordSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSheetTest {

    @TempDir
    Path dir;

    private final List<String> seen = new ArrayList<>();
    private final List<RecordSubmission> accepted = new ArrayList<>();

    private final RecordCsv.Sink sink = new RecordCsv.Sink() {
        @Override
        public void accept(long line, RecordSubmission submission) {
            seen.add(line + " ok");
            accepted.add(submission);
        }

        @Override
        public void reject(long line, String field, org.credence.platform.Message message) {
            seen.add(line + " " + field);
        }
    };

    /** A workbook whose first sheet has these rows (a LocalDate becomes a date cell, a Number a numeric one). */
    private Path workbook(Object[]... rows) throws Exception {
        Path file = dir.resolve("records.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Sheet sheet = workbook.createSheet("记录");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue; // an empty row
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("only the first sheet is read");
            workbook.write(out);
        }
        return file;
    }

    private static Object[] header() {
        return RecordSubmission.CSV_HEADER.clone();
    }

    @Test
    void rowsOfTheFirstSheetBecomeSubmissionsNumberedAsTheSpreadsheetShowsThem() throws Exception {
        Path file = workbook(
                header(),
                new Object[] {
                    "91110000600037341L",
                    "",
                    "FAKE_PRICE_PROMOTION",
                    "MINOR",
                    "价〔1〕",
                    LocalDate.of(2026, 3, 31),
                    "价格法第十四条",
                    "FINE",
                    2000.5,
                    "src-1"
                },
                null,
                new Object[] {
                    "91350100M000100Y43",
                    "SAMR",
                    "FAKE_PRICE_PROMOTION",
                    "MINOR",
                    "价〔2〕",
                    "2026-04-01",
                    "价格法第十四条",
                    null,
                    null,
                    "src-2"
                },
                new Object[] {"91350100M000100Y43", null, null, null, null, null, null, null, "lots", "src-3"},
                new Object[] {"91350100M000100Y43", null, null, null, null, null, null, null, null, "src-4", "extra"});
        RecordSheet.read(file, sink);
        assertEquals(List.of("2 ok", "4 ok", "5 penaltyAmount", "6 row"), seen);
        RecordSubmission first = accepted.get(0);
        assertEquals("91110000600037341L", first.uscc());
        assertEquals("", first.agency());
        assertEquals("2026-03-31", first.decisionDate(), "a date cell is read as an ISO date");
        assertEquals(new BigDecimal("2000.5"), first.penaltyAmount());
        assertEquals("FINE", first.penaltyType());
        RecordSubmission second = accepted.get(1);
        assertEquals("2026-04-01", second.decisionDate());
        assertEquals(null, second.penaltyAmount());
        assertEquals("src-2", second.sourceRecordId());
    }

    @Test
    void aHeaderOnlyTemplateHoldsNoRows() throws Exception {
        RecordSheet.read(workbook(header()), sink);
        assertTrue(seen.isEmpty());
    }

    @Test
    void aWrongHeaderAnEmptySheetAndAFileThatIsNoWorkbookAreRefusedWithAClearMessage() throws Exception {
        InvalidRequestException header = assertThrows(
                InvalidRequestException.class, () -> RecordSheet.read(workbook(new Object[] {"uscc", "name"}), sink));
        assertTrue(header.getMessage().contains("the first row must be exactly uscc,agency"), header.getMessage());
        InvalidRequestException empty =
                assertThrows(InvalidRequestException.class, () -> RecordSheet.read(workbook(), sink));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        Path csv = dir.resolve("records.csv");
        Files.writeString(csv, String.join(",", RecordSubmission.CSV_HEADER) + "\n");
        InvalidRequestException notXlsx =
                assertThrows(InvalidRequestException.class, () -> RecordSheet.read(csv, sink));
        assertTrue(notXlsx.getMessage().contains("xlsx"), notXlsx.getMessage());
    }

    /** The workbook with its first sheet's XML replaced: a crafted file, as no spreadsheet program writes it. */
    private Path withSheetXml(Path original, String sheetXml) throws Exception {
        Path crafted = dir.resolve("crafted.xlsx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(original));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(crafted))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(sheetXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return crafted;
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedWithItsRow() throws Exception {
        StringBuilder header = new StringBuilder();
        String[] names = RecordSubmission.CSV_HEADER;
        for (int c = 0; c < names.length; c++) {
            header.append("<c r=\"")
                    .append((char) ('A' + c))
                    .append("1\" t=\"inlineStr\"><is><t>")
                    .append(names[c])
                    .append("</t></is></c>");
        }
        String xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\">" + header + "</row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(200_000)
                        + "</t></is></c></row>"
                        + "</sheetData></worksheet>";
        Path file = withSheetXml(workbook(header()), xml);
        InvalidRequestException refused =
                assertThrows(InvalidRequestException.class, () -> RecordSheet.read(file, sink));
        assertEquals("input.cell-too-long", refused.errors().get(0).text().key());
        assertEquals(
                List.of(2L, RecordSheet.MAX_CELL_CHARS),
                refused.errors().get(0).text().args());
    }
}
