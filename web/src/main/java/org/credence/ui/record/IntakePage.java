package org.credence.ui.record;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.ui.Language;
import org.credence.ui.PageMessages;
import org.credence.violation.boundary.IntakeRejectedException;
import org.credence.violation.boundary.RecordIntake;
import org.credence.violation.control.IntakeReport;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Records from a CSV file: the browser shows the upload's progress, the overview the intake's; the
 * report lists every refused row by line, on screen and as a CSV file to correct the source with. A
 * file with a bad row is refused whole unless the administrator chose to keep the good rows; a dry run
 * only checks.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest file the interface takes (the multipart limit in web.xml); larger ones go through the API. */
    public static final long MAX_BYTES = 1024L * 1024 * 1024;

    @Inject
    RecordIntake intake;

    @Inject
    Language language;

    private boolean dryRun;
    private boolean allOrNothing = true;
    private String fileName;
    private IntakeReport report;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        report = null;
        try (InputStream in = file.getInputStream()) {
            report = intake.submitCsv(in, dryRun, allOrNothing, fileName, file.getSize());
            PageMessages.info(language.text(report.written() ? "intake.written" : "intake.checked", report.received()));
        } catch (IntakeRejectedException e) {
            report = e.report();
            PageMessages.error(language.text("intake.refused", report.errorCount(), report.received()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refused rows as CSV (line, field, message), UTF-8 with a byte-order mark for spreadsheet programs. */
    public StreamedContent getErrorReport() {
        byte[] content = errorCsv(report == null ? List.of() : report.errors(), language.getLocale()).getBytes(StandardCharsets.UTF_8);
        String name = (fileName == null ? "records" : fileName.replaceAll("\\.csv$", "")) + "-errors.csv";
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** The refused rows as CSV with each message in the reader's language. */
    static String errorCsv(List<FieldError> errors, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\ufeff');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("line", "field", "message").build())) {
            for (FieldError e : errors) {
                csv.printRecord(e.row(), e.field(), e.message(locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public String getFileName() {
        return fileName;
    }

    public IntakeReport getReport() {
        return report;
    }
}
