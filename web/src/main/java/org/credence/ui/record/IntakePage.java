package org.credence.ui.record;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.overview.boundary.Overview;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.ui.PageMessages;
import org.credence.ui.export.Exports;
import org.credence.violation.boundary.IntakeRejectedException;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.boundary.RecordIntake;
import org.credence.violation.control.IntakeReport;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.RecordSubmission;
import org.credence.violation.entity.Severity;
import org.credence.web.Language;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Records from a CSV file or an Excel workbook (xlsx): the page states every column with its allowed
 * values and offers the header as a template; the browser shows the upload's progress, the page then
 * the server's (polled while the file is taken in); the report lists every refused row by line, on
 * screen and as a file to correct the source with. A file with a bad row is refused whole unless the
 * administrator chose to keep the good rows; a dry run only checks.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest file the interface takes (the multipart limit in web.xml); larger ones go through the API. */
    public static final long MAX_BYTES = 1024L * 1024 * 1024;
    /** Columns that every row fills (agency: a system administrator's rows). */
    static final Set<String> REQUIRED =
            Set.of("uscc", "category", "decisionNumber", "decisionDate", "legalBasis", "sourceRecordId");

    @Inject
    RecordIntake intake;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    Overview overview;

    @Inject
    Language language;

    /** A column of the file and what it takes, in the reader's language. */
    /** The columns that take one of a set of codes, with the label prefix of those codes. */
    private static final Map<String, Map.Entry<String, Enum<?>[]>> VALUES = Map.of(
            "severity", Map.entry("severity.", Severity.values()),
            "penaltyType", Map.entry("penalty.", PenaltyType.values()));

    public record ColumnRule(String name, boolean required, String rule, List<AllowedValue> values)
            implements Serializable {}

    /** A value a column takes, as it is typed, with its label in the reader's language. */
    public record AllowedValue(String code, String label) implements Serializable {}

    /** A record category, its kind and the agencies that may report it. */
    public record CategoryRule(String code, String name, String polarity, String reporters) implements Serializable {}

    private boolean dryRun;
    private boolean allOrNothing = true;
    private String fileName;
    private IntakeReport report;
    private transient List<CategoryRule> categories;
    private transient Overview.Job running;
    private boolean looked;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        report = null;
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            PageMessages.error(language.text("intake.xls"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = lower.endsWith(".xlsx")
                    ? intake.submitSpreadsheet(in, dryRun, allOrNothing, fileName)
                    : intake.submitCsv(in, dryRun, allOrNothing, fileName, file.getSize());
            PageMessages.info(language.text(report.written() ? "intake.written" : "intake.checked", report.received()));
        } catch (IntakeRejectedException e) {
            report = e.report();
            PageMessages.error(language.text("intake.refused", report.errorCount(), report.received()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // the intake has ended: the answer clears the progress a poll may have shown meanwhile
            running = null;
        }
    }

    /** The refused rows (line, field, why) as CSV or xlsx, named after the file sent. */
    public void export(String format) {
        List<FieldError> errors = report == null ? List.of() : report.errors();
        String name = (fileName == null ? "records" : fileName.replaceAll("(?i)\\.(csv|xlsx)$", "")) + "-errors";
        Exports.send(
                language,
                format,
                name,
                language.text("intake.errors"),
                Exports.header(language, "intake.line", "intake.field", "intake.message"),
                table -> Exports.eachRow(
                        table, errors, (t, e) -> t.row(e.row(), e.field(), e.message(language.getLocale()))));
    }

    /** An empty file with the header row, to fill in: CSV (UTF-8 with a byte-order mark) or xlsx. */
    public void template(String format) {
        Exports.send(
                language,
                format,
                "records-template",
                "records",
                Arrays.asList(RecordSubmission.CSV_HEADER),
                table -> {});
    }

    /** Every column of the file in order, with what it takes. */
    public List<ColumnRule> getColumns() {
        return Arrays.stream(RecordSubmission.CSV_HEADER)
                .map(name -> new ColumnRule(
                        name,
                        REQUIRED.contains(name),
                        language.text("intake.col." + name + (VALUES.containsKey(name) ? "Listed" : "")),
                        VALUES.containsKey(name) ? values(VALUES.get(name)) : List.of()))
                .toList();
    }

    /** Each code with its label: {@code MINOR（轻微）}. */
    private List<AllowedValue> values(Map.Entry<String, Enum<?>[]> labelled) {
        return Arrays.stream(labelled.getValue())
                .map(v -> new AllowedValue(v.name(), Exports.label(language, labelled.getKey(), v.name())))
                .toList();
    }

    /** The record categories a row may name, with who may report each. */
    public List<CategoryRule> getCategories() {
        if (categories == null) {
            categories = catalogue.categories().stream()
                    .map(c -> new CategoryRule(
                            c.code(),
                            c.name(),
                            Exports.label(language, "intake.polarity.", c.polarity()),
                            Exports.list(
                                    language,
                                    c.reporterCodes().stream().sorted().toList())))
                    .toList();
        }
        return categories;
    }

    /** The poll's action while a file is taken in: this person's intake under way, read again. */
    public void refreshProgress() {
        Principal me = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        running = me == null ? null : underWay(overview.jobs(10), me.getName());
    }

    /** The newest intake of {@code person} still under way (not finished, not stalled) among the jobs, or null. */
    static Overview.Job underWay(List<Overview.Job> jobs, String person) {
        return jobs.stream()
                .filter(j -> "INTAKE".equals(j.kind()) && j.running() && person.equals(j.by()))
                .findFirst()
                .orElse(null);
    }

    /**
     * Whether an intake of this person was under way when the page opened (sent through the API, from
     * another tab, or before a reload): the page then shows its progress at once and polls from the
     * start, until the intake ends.
     */
    public boolean isRunningOnArrival() {
        if (!looked) {
            looked = true;
            refreshProgress();
        }
        return running != null;
    }

    /** The intake under way that the poll last saw, or null. */
    public Overview.Job getRunning() {
        return running;
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public long getMaxSpreadsheetMiB() {
        return RecordIntake.MAX_SPREADSHEET_BYTES / (1024 * 1024);
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
