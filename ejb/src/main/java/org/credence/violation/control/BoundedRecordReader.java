package org.credence.violation.control;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stands in front of the CSV parser and refuses to hand it more than {@code limit} characters for one
 * record: the parser buffers a field whole, so a quotation mark never closed would otherwise take in
 * the rest of the file. The caller marks each record's start; a record (and so each of its fields and
 * lines) that runs past the limit stops the read with {@link TooLong}.
 */
final class BoundedRecordReader extends FilterReader {

    /** Read past the limit: carries the limit so that the refusal can name it. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooLong(int limit) {
            super("a record runs past " + limit + " characters");
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }

    private final int limit;
    private long sinceStart;

    BoundedRecordReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** A new record begins: its characters are counted from here. */
    void recordStarts() {
        sinceStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLong {
        sinceStart += n;
        // the parser reads ahead by its own buffer, so a record may see one buffer more than the limit
        if (sinceStart > limit + READ_AHEAD) {
            throw new TooLong(limit);
        }
    }

    /** What the parser's own buffer may hold of the next record when the previous one ends. */
    static final int READ_AHEAD = 8192;
}
