package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.credence.platform.InvalidRequestException;
import org.credence.violation.entity.RecordSubmission;
import org.junit.jupiter.api.Test;

class RecordCsvTest {

    private static final String HEADER =
            "uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,penaltyAmount,sourceRecordId\n";

    private final List<String> seen = new ArrayList<>();

    private void read(byte[] csv) throws SQLException {
        RecordCsv.read(new ByteArrayInputStream(csv), noting());
    }

    /** A sink that notes each row in {@link #seen}. */
    private RecordCsv.Sink noting() {
        return new RecordCsv.Sink() {
            @Override
            public void accept(long line, RecordSubmission s) {
                seen.add(line + ":" + s.uscc() + ":" + s.legalBasis() + ":" + s.penaltyAmount());
            }

            @Override
            public void reject(long line, String field, org.credence.platform.Message message) {
                seen.add(line + ":!" + field);
            }
        };
    }

    private void read(String csv) throws SQLException {
        read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsNumberedByLineWithQuotingAndAByteOrderMark() throws SQLException {
        read("\uFEFF" + HEADER
                + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01,\"广告法第五十五条, 第一款\",FINE,2000.50,a\n"
                + "91350100M000100Y43,,PRODUCT_QUALITY,MINOR,n2,2026-05-02,产品质量法,,,b\n");
        assertEquals(
                List.of(
                        "2:91110000600037341L:广告法第五十五条, 第一款:" + new BigDecimal("2000.50"),
                        "3:91350100M000100Y43:产品质量法:null"),
                seen);
    }

    @Test
    void rejectsRowsOfTheWrongWidthOrWithABadAmountAndGoesOn() throws SQLException {
        read(HEADER + "91110000600037341L,SAMR\n"
                + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01,b,FINE,lots,a\n"
                + "91350100M000100Y43,,PRODUCT_QUALITY,MINOR,n2,2026-05-02,b,,,b\n");
        assertEquals(List.of("2:!row", "3:!penaltyAmount", "4:91350100M000100Y43:b:null"), seen);
    }

    @Test
    void refusesAWrongHeaderAndInvalidUtf8() {
        InvalidRequestException header = assertThrows(InvalidRequestException.class, () -> read("uscc,name\n1,2\n"));
        assertEquals("header", header.errors().get(0).field());
        byte[] latin1 = (HEADER
                        + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01,caf\u00e9,FINE,1,a\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        InvalidRequestException encoding = assertThrows(InvalidRequestException.class, () -> read(latin1));
        assertTrue(encoding.getMessage().contains("UTF-8"), encoding.getMessage());
    }

    /** 40 MB of one field that never closes its quotation mark, made as it is read, never held. */
    private static final class UnclosedField extends java.io.InputStream {
        private final byte[] start;
        private final long length;
        long served;

        UnclosedField(String start, long length) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            long i = served++;
            return i < start.length ? start[(int) i] & 0xff : (i % 100 == 99 ? '\n' : 'x');
        }
    }

    @Test
    void aFieldWithoutItsClosingQuoteIsRefusedWithItsLineAfterReadingLittleMoreThanTheLimit() {
        String good = "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01,b,FINE,1,a\n";
        UnclosedField file = new UnclosedField(HEADER + good + good + "91110000600037341L,SAMR,\"", 40_000_000L);
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> RecordCsv.read(file, new RecordCsv.Sink() {
                    @Override
                    public void accept(long line, RecordSubmission submission) {
                        seen.add(line + ":" + submission.uscc());
                    }

                    @Override
                    public void reject(long line, String field, org.credence.platform.Message message) {
                        seen.add(line + ":!" + field);
                    }
                }));
        assertEquals("input.csv-record-too-long", refused.errors().get(0).text().key());
        assertEquals(
                List.of(4L, RecordCsv.MAX_RECORD_CHARS),
                refused.errors().get(0).text().args());
        assertEquals(List.of("2:91110000600037341L", "3:91110000600037341L"), seen);
        // the heap never held more than one record: the reader stopped within a few buffers of the limit
        assertTrue(file.served < 4L * RecordCsv.MAX_RECORD_CHARS, "read " + file.served + " bytes");
    }

    @Test
    void aLongLineWithoutQuotesIsRefusedToo() {
        String line = "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01," + "b".repeat(100_000)
                + ",FINE,1,a\n";
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> read(HEADER + line));
        assertEquals(
                List.of(2L, RecordCsv.MAX_RECORD_CHARS),
                refused.errors().get(0).text().args());
    }

    @Test
    void aRecordJustUnderTheLimitIsRead() throws SQLException {
        String basis = "b".repeat(RecordCsv.MAX_RECORD_CHARS - 200);
        read(HEADER + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01," + basis + ",FINE,1,a\n"
                + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01," + basis + ",FINE,1,a\n");
        assertEquals(2, seen.size());
    }

    @Test
    void aBrokenQuoteIsRefusedWithItsLineInTheReadersLanguageWithoutTheParsersEnglish() {
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> read(HEADER
                        + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01,b,FINE,1,a\n"
                        + "91110000600037341L,SAMR,\"FALSE\"_ADVERTISING,ORDINARY,n1,2026-05-01,b,FINE,1,a\n"));
        org.credence.platform.Message message = refused.errors().get(0).text();
        assertEquals("input.csv-unreadable-at-line", message.key());
        assertEquals(List.of(3L), message.args());
        String chinese = message.in(java.util.Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("第 3 行"), chinese);
        assertTrue(chinese.chars().noneMatch(c -> c >= 'a' && c <= 'z'), chinese);
    }

    @Test
    void aFileThatStopsArrivingIsSaidToHaveStoppedNotToBeBadCsv() {
        byte[] rows = (HEADER
                        + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n1,2026-05-01,b,FINE,1,a\n"
                        + "91110000600037341L,SAMR,FALSE_ADVERTISING,ORDINARY,n2,2026-05-01,b,FINE,1,b\n"
                        + "91110000600037341L,SAMR,FALSE_ADV")
                .getBytes(StandardCharsets.UTF_8);
        // the request's body as the server hands it over when the request is ended under the reader
        InputStream cutOff = new java.io.SequenceInputStream(new ByteArrayInputStream(rows), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the request timed out");
            }
        });
        InvalidRequestException refused =
                assertThrows(InvalidRequestException.class, () -> RecordCsv.read(cutOff, noting()));
        org.credence.platform.Message message = refused.errors().get(0).text();
        assertEquals("input.csv-stopped-at-line", message.key());
        assertEquals(List.of(4L), message.args());
        assertEquals(List.of("2:91110000600037341L:b:1", "3:91110000600037341L:b:1"), seen);
        String chinese = message.in(java.util.Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("第 4 行"), chinese);
        assertTrue(chinese.chars().noneMatch(c -> c >= 'a' && c <= 'z'), chinese);
    }
}
