package org.credence.ui.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written row by row to a CSV or xlsx stream, holding at most a small window of rows in
 * memory (Commons CSV writes through; POI's SXSSF keeps {@value #WINDOW} rows and spills the rest to
 * a compressed temporary file). The header row comes first. Texts are {@linkplain CellText
 * neutralised} against formula injection in both formats; numbers stay numbers. An xlsx sheet holds
 * at most 1,048,576 rows: a longer table continues on further sheets, each with the header.
 */
public abstract class TableExport implements AutoCloseable {

    static final int WINDOW = 200;

    protected final List<String> header;

    private TableExport(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Starts a table on {@code out}; {@link #close()} finishes the file but leaves {@code out} open. */
    public static TableExport open(ExportFormat format, OutputStream out, String title, List<String> header)
            throws IOException {
        return format == ExportFormat.CSV ? new Csv(out, header) : new Xlsx(out, title, header);
    }

    /** One row, its values in the order of the header: text, numbers, or null for an empty cell. */
    public abstract void row(Object... values) throws IOException;

    /** Writes the end of the file (the whole workbook, for xlsx) and releases temporary files. */
    @Override
    public abstract void close() throws IOException;

    /** Gives up the table after a failure: writes nothing more and releases temporary files. */
    public abstract void discard();

    static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number;
        }
        return CellText.neutralised(value.toString());
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese; RFC 4180 quoting. */
    private static final class Csv extends TableExport {

        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out, List<String> header) throws IOException {
            super(header);
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\ufeff');
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header.stream().map(TableExport::cell).toList());
        }

        @Override
        public void row(Object... values) throws IOException {
            Object[] cells = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                Object value = cell(values[i]);
                cells[i] = value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
            }
            printer.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            writer.flush();
        }

        @Override
        public void discard() {
            // what was written is in the response already; nothing is held
        }
    }

    private static final class Xlsx extends TableExport {

        private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

        private final OutputStream out;
        private final String title;
        private final SXSSFWorkbook workbook;
        private final CellStyle bold;
        private SXSSFSheet sheet;
        private int nextRow;

        Xlsx(OutputStream out, String title, List<String> header) {
            super(header);
            this.out = out;
            this.title = title;
            workbook = new SXSSFWorkbook(WINDOW);
            workbook.setCompressTempFiles(true);
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            newSheet();
        }

        private void newSheet() {
            int number = workbook.getNumberOfSheets() + 1;
            sheet = workbook.createSheet(sheetName(number == 1 ? title : title + " (" + number + ")"));
            nextRow = 0;
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < header.size(); i++) {
                var cell = row.createCell(i);
                cell.setCellValue(CellText.neutralised(header.get(i)));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
        }

        /** Sheet names are at most 31 characters without {@code []:*?/\}. */
        private static String sheetName(String name) {
            String cleaned = name == null || name.isBlank()
                    ? "Sheet"
                    : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
            return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
        }

        @Override
        public void row(Object... values) {
            if (nextRow == MAX_ROWS) {
                newSheet();
            }
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < values.length; i++) {
                Object value = cell(values[i]);
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (value instanceof Number number && fitsDouble(number)) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value instanceof Number ? CellText.neutralised(number(value)) : (String) value);
                }
            }
        }

        private static boolean fitsDouble(Number n) {
            if (n instanceof BigDecimal d) {
                return d.precision() <= 15;
            }
            if (n instanceof BigInteger || n instanceof Long) {
                return Math.abs(n.longValue()) < (1L << 53) && !(n instanceof BigInteger b && b.bitLength() > 53);
            }
            return true;
        }

        private static String number(Object n) {
            return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }

        @Override
        public void discard() {
            try {
                workbook.close();
            } catch (IOException e) {
                // only temporary files were to be removed
            }
        }
    }
}
