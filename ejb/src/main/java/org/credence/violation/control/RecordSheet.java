package org.credence.violation.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.violation.entity.RecordSubmission;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads records from the first sheet of an Excel workbook (xlsx) with POI's streaming SAX reader,
 * one row at a time, into the same {@link RecordCsv.Sink} and checks as a CSV file: the first
 * non-empty row is the header {@link RecordSubmission#CSV_HEADER}; rows are numbered as the
 * spreadsheet program numbers them; empty rows are skipped. A cell formatted as a date is read as an
 * ISO date ({@code 2026-03-31}), any other cell as the program shows it. Memory holds the workbook's
 * shared strings and one row, so the caller bounds the file's size.
 */
public final class RecordSheet {

    private static final int COLUMNS = RecordSubmission.CSV_HEADER.length;

    /** The longest cell text taken: Excel's own limit, so only a crafted file goes beyond it. */
    public static final int MAX_CELL_CHARS = 32_767;

    private RecordSheet() {}

    public static void read(Path xlsx, RecordCsv.Sink sink) throws SQLException {
        try (OPCPackage workbook = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidRequestException("body", Message.of("the-workbook-has-no-sheet"));
            }
            Rows rows = new Rows(sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new CellTextLimit(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows, new IsoDates(), false)));
                xml.parse(new InputSource(sheet));
            } catch (SAXException e) {
                if (e.getCause() instanceof SinkFailure failure) {
                    throw failure.getCause();
                }
                if (e.getCause() instanceof InvalidRequestException refusal) {
                    throw refusal;
                }
                throw unreadable(e);
            } catch (SinkFailure failure) {
                throw failure.getCause();
            }
            if (!rows.headerSeen) {
                throw new InvalidRequestException(
                        "header",
                        Message.of("the-first-sheet-is-empty", String.join(",", RecordSubmission.CSV_HEADER)));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InvalidRequestException("body", Message.of("the-file-is-not-an-excel-workbook"));
        } catch (IOException
                | OpenXML4JException
                | ParserConfigurationException
                | SAXException
                | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    private static InvalidRequestException unreadable(Exception e) {
        return new InvalidRequestException(
                "body", Message.of("the-workbook-cannot-be-read", String.valueOf(e.getMessage())));
    }

    /** Carries the sink's database failure out of the SAX parser. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Collects a row's cells by column and hands each finished row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RecordCsv.Sink sink;
        private final List<String> values = new ArrayList<>(Arrays.asList(new String[COLUMNS]));
        private boolean headerSeen;
        private boolean beyond;
        private boolean empty;

        Rows(RecordCsv.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            values.replaceAll(v -> null);
            beyond = false;
            empty = true;
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            if (formatted == null || formatted.isBlank()) {
                return;
            }
            if (formatted.length() > MAX_CELL_CHARS) {
                long row = reference == null ? 0 : new CellReference(reference).getRow() + 1L;
                throw new InvalidRequestException("body", Message.of("input.cell-too-long", row, MAX_CELL_CHARS));
            }
            empty = false;
            int column = reference == null ? -1 : new CellReference(reference).getCol();
            if (column < 0 || column >= COLUMNS) {
                beyond = true;
            } else {
                values.set(column, formatted);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (empty) {
                return;
            }
            long line = rowNum + 1L;
            if (!headerSeen) {
                List<String> header =
                        values.stream().map(v -> v == null ? "" : v.strip()).toList();
                if (beyond || !header.equals(Arrays.asList(RecordSubmission.CSV_HEADER))) {
                    throw new InvalidRequestException(
                            "header",
                            Message.of(
                                    "the-first-row-must-be-exactly",
                                    String.join(",", RecordSubmission.CSV_HEADER),
                                    String.join(",", header).replaceAll(",+$", "")));
                }
                headerSeen = true;
                return;
            }
            try {
                if (beyond) {
                    sink.reject(line, "row", Message.of("has-values-beyond-the-columns", COLUMNS));
                } else {
                    RecordCsv.accept(
                            line,
                            List.copyOf(
                                    values.stream().map(v -> v == null ? "" : v).toList()),
                            sink);
                }
            } catch (SQLException e) {
                throw new SinkFailure(e);
            }
        }
    }

    /**
     * Stops the sheet's reader once one cell's text runs past {@link #MAX_CELL_CHARS}, before the
     * handler behind it has gathered the whole text in memory.
     */
    private static final class CellTextLimit extends org.xml.sax.helpers.DefaultHandler {
        private final org.xml.sax.ContentHandler next;
        private long cellChars;
        private String row = "0";

        CellTextLimit(org.xml.sax.ContentHandler next) {
            this.next = next;
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes)
                throws SAXException {
            if ("c".equals(localName) || "row".equals(localName)) {
                cellChars = 0;
            }
            if ("row".equals(localName) && attributes.getValue("r") != null) {
                row = attributes.getValue("r");
            }
            next.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cellChars += length;
            if (cellChars > MAX_CELL_CHARS) {
                throw new SAXException(new InvalidRequestException(
                        "body",
                        Message.of(
                                "input.cell-too-long",
                                row.chars().allMatch(Character::isDigit) && row.length() < 10
                                        ? Long.parseLong(row)
                                        : 0L,
                                MAX_CELL_CHARS)));
            }
            next.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
        }

        @Override
        public void startDocument() throws SAXException {
            next.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            next.endDocument();
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            next.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            next.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            next.endPrefixMapping(prefix);
        }
    }

    /** Dates as ISO dates, whatever the cell's display format; everything else as shown. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
