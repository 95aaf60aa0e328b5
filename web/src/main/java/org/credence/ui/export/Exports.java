package org.credence.ui.export;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.credence.platform.ChinaTime;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.web.Language;

/**
 * A table's export as the answer to a page's action (the export buttons, {@code
 * WEB-INF/includes/export-buttons.xhtml}): the page bean names the header in the reader's language and
 * writes the rows of the whole result it shows, read from its service a chunk at a time, straight into
 * the response. The page is authorised like any other request and the services check the caller; a
 * refusal before anything is sent shows on the page.
 */
public final class Exports {

    /** The rows an export reads per service call where the service takes any number. */
    public static final int CHUNK = 1000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Writes the rows of a table. */
    @FunctionalInterface
    public interface Rows {
        void write(TableExport table) throws IOException;
    }

    /** The next chunk of a result after its row {@code last} (null: the first chunk); empty at the end. */
    @FunctionalInterface
    public interface Chunks<T> {
        List<T> after(T last);
    }

    /** Writes one row of a table for one item. */
    @FunctionalInterface
    public interface RowOf<T> {
        void write(TableExport table, T item) throws IOException;
    }

    private Exports() {}

    /**
     * Answers the current Faces request with the table as a file {@code name.csv} or {@code name.xlsx}
     * ({@code format} as the button names it), sheet {@code title}, and ends the request.
     */
    public static void send(
            Language language, String format, String name, String title, List<String> header, Rows rows) {
        ExportFormat type = ExportFormat.of(format).orElse(null);
        if (type == null) {
            PageMessages.error(language.text("export.unknownFormat", String.valueOf(format)));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type.contentType());
        external.setResponseHeader("Content-Disposition", disposition(name + "." + type.extension()));
        external.setResponseHeader("Cache-Control", "no-store");
        TableExport table = null;
        try {
            OutputStream out = external.getResponseOutputStream();
            table = TableExport.open(type, out, title, header);
            rows.write(table);
            table.close();
            table = null;
            out.flush();
        } catch (CredenceException e) {
            if (external.isResponseCommitted()) {
                throw e;
            }
            external.responseReset();
            PageMessages.refusal(language, e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (table != null) {
                table.discard();
            }
        }
        faces.responseComplete();
    }

    /** Walks a result a chunk at a time, writing a row per item; memory holds one chunk. */
    public static <T> void eachChunk(TableExport table, Chunks<T> chunks, RowOf<T> row) throws IOException {
        T last = null;
        while (true) {
            List<T> chunk = chunks.after(last);
            if (chunk.isEmpty()) {
                return;
            }
            for (T item : chunk) {
                row.write(table, item);
            }
            last = chunk.get(chunk.size() - 1);
        }
    }

    /** Rows a call when a result is read by offset: the most the services answer at once. */
    public static final int PAGE = 500;

    /** Walks a result read by offset (the table's own reader), {@value #PAGE} rows a call; memory holds one page. */
    public static <T> void eachPage(TableExport table, org.credence.ui.PagedRows.Reader<T> reader, RowOf<T> row)
            throws IOException {
        for (int offset = 0; ; offset += PAGE) {
            List<T> page = reader.read(offset, PAGE);
            for (T item : page) {
                row.write(table, item);
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** Writes every item of a list already read. */
    public static <T> void eachRow(TableExport table, Collection<T> items, RowOf<T> row) throws IOException {
        for (T item : items) {
            row.write(table, item);
        }
    }

    /** The header labels of the keys, in the reader's language. */
    public static List<String> header(Language language, String... keys) {
        return java.util.Arrays.stream(keys).map(language::text).toList();
    }

    /**
     * The label of a code (an enumeration constant, a status) under {@code prefix} in the reader's
     * language, or the code itself where no label exists. One place to point at the interface's shared
     * labels once they exist.
     */
    public static String label(Language language, String prefix, Object code) {
        if (code == null) {
            return null;
        }
        try {
            return language.text(prefix + code);
        } catch (MissingResourceException e) {
            return code.toString();
        }
    }

    /** A stored UTC time as China time, as people read it. */
    public static String chinaTime(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).format(TIME);
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A list of codes or names in one cell, separated as the reader's language does. */
    public static String list(Language language, Collection<?> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(String::valueOf).collect(Collectors.joining(language.isChinese() ? "、" : ", "));
    }

    /** The header value for a file name: ASCII fallback and the UTF-8 name (RFC 6266). */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
