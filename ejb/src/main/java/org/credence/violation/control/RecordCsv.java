package org.credence.violation.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.violation.entity.RecordSubmission;

/**
 * Reads records from CSV (RFC 4180, UTF-8, optional byte-order mark) one row at a time, never the
 * whole file. The first line is the header {@link RecordSubmission#CSV_HEADER}; rows are numbered by
 * their line in the file.
 */
public final class RecordCsv {

    /** Where rows go. */
    public interface Sink {
        void accept(long line, RecordSubmission submission) throws SQLException;

        void reject(long line, String field, Message message) throws SQLException;
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private RecordCsv() {}

    /** The longest record, and so the longest line or field, taken in characters (64 KiB). */
    public static final int MAX_RECORD_CHARS = 64 * 1024;

    public static void read(InputStream csv, Sink sink) throws SQLException {
        read(csv, sink, MAX_RECORD_CHARS);
    }

    static void read(InputStream csv, Sink sink, int maxRecordChars) throws SQLException {
        long line = 1;
        try (BoundedRecordReader reader = new BoundedRecordReader(utf8(csv), maxRecordChars);
                CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(Arrays.asList(RecordSubmission.CSV_HEADER))) {
                throw new InvalidRequestException(
                        "header",
                        Message.of(
                                "the-first-line-must-be-exactly",
                                String.join(",", RecordSubmission.CSV_HEADER),
                                String.join(",", header)));
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                CSVRecord row;
                line = parser.getCurrentLineNumber() + 1;
                reader.recordStarts();
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(e, line);
                }
                accept(parser.getCurrentLineNumber(), row, sink);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw unreadable(e, line);
        }
    }

    private static void accept(long line, CSVRecord row, Sink sink) throws SQLException {
        if (!row.isConsistent()) {
            sink.reject(line, "row", Message.of("row-value-count", row.size(), RecordSubmission.CSV_HEADER.length));
            return;
        }
        accept(line, row.toList(), sink);
    }

    /** One row's values in the order of {@link RecordSubmission#CSV_HEADER}, from a CSV line or a spreadsheet row. */
    static void accept(long line, List<String> values, Sink sink) throws SQLException {
        String amountText = values.get(8) == null ? "" : values.get(8);
        BigDecimal amount;
        try {
            amount = amountText.isBlank() ? null : new BigDecimal(amountText.strip());
        } catch (NumberFormatException e) {
            sink.reject(line, "penaltyAmount", Message.of("row-amount-not-decimal"));
            return;
        }
        sink.accept(
                line,
                new RecordSubmission(
                        values.get(0),
                        values.get(1),
                        values.get(2),
                        values.get(3),
                        values.get(4),
                        values.get(5),
                        values.get(6),
                        values.get(7),
                        amount,
                        values.get(9)));
    }

    /**
     * The refusal for a file the parser cannot go on with, naming the line where the record it failed on
     * starts, in the reader's language (the parser's own English text stays out of it). A file that stopped
     * arriving (the connection broke off, or the server's request timeout ended the request) is said to be
     * so, not to be bad CSV: the parser reports both as an {@link IOException}, and a 50-million-record file
     * cut off after the server's 15 minutes was refused as having a broken quotation mark it did not have.
     */
    private static InvalidRequestException unreadable(Exception e, long line) {
        boolean readFailed = false;
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CharacterCodingException) {
                return new InvalidRequestException("body", Message.of("the-file-is-not-valid-utf"));
            }
            if (c instanceof BoundedRecordReader.TooLong tooLong) {
                return new InvalidRequestException(
                        "body", Message.of("input.csv-record-too-long", line, tooLong.limit()));
            }
            if (c instanceof CSVException) {
                return new InvalidRequestException("body", Message.of("input.csv-unreadable-at-line", line));
            }
            readFailed |= c instanceof IOException;
        }
        return new InvalidRequestException(
                "body", Message.of(readFailed ? "input.csv-stopped-at-line" : "input.csv-unreadable-at-line", line));
    }

    private static Reader utf8(InputStream in) throws IOException {
        return new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
