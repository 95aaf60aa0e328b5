package org.credence.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.boundary.ShopListing;
import org.credence.setup.control.SyntheticPopulation;
import org.credence.violation.control.IntakeRun;
import org.credence.violation.control.RecordValidator;
import org.credence.violation.control.RecordValidator.CategoryRule;
import org.credence.violation.control.RecordValidator.ValidRecord;
import org.credence.violation.entity.RecordSubmission;

/**
 * Writes the synthetic population as files for a benchmark: businesses and shops as table rows (for
 * COPY), the records as an agency's CSV upload, and the same records as the rows the intake stores
 * (for the COPY floor). The catalogue and agency ids are read from a migrated Credence database.
 *
 * <pre>PopulationFiles OUT_DIR BUSINESSES RECORDS SEED AS_OF JDBC_URL USER</pre>
 */
public final class PopulationFiles {

    private static final CSVFormat TABLE = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator('\n')
            .setNullString("")
            .get();

    private PopulationFiles() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path out = Path.of(args[0]);
        int businesses = Integer.parseInt(args[1]);
        long records = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        LocalDate asOf = LocalDate.parse(args[4]);
        Files.createDirectories(out);

        Map<String, CategoryRule> catalogue = new HashMap<>();
        Map<String, Long> agencies = new HashMap<>();
        try (Connection db = DriverManager.getConnection(args[5], args[6], "");
                Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("select id, code from agency")) {
                while (rs.next()) {
                    agencies.put(rs.getString(2), rs.getLong(1));
                }
            }
            Map<Long, Set<String>> reporters = new HashMap<>();
            try (ResultSet rs = sql.executeQuery(
                    "select ca.category_id, a.code from record_category_agency ca join agency a on a.id = ca.agency_id")) {
                while (rs.next()) {
                    reporters
                            .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getString(2));
                }
            }
            try (ResultSet rs = sql.executeQuery("select id, code, polarity, special_sector from record_category")) {
                while (rs.next()) {
                    catalogue.put(
                            rs.getString(2),
                            new CategoryRule(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    org.credence.violation.entity.Polarity.valueOf(rs.getString(3)),
                                    rs.getBoolean(4),
                                    reporters.getOrDefault(rs.getLong(1), Set.of())));
                }
            }
        }

        SyntheticPopulation population = new SyntheticPopulation(seed, businesses);
        LocalDateTime created = asOf.atStartOfDay();
        Map<String, Long> businessIds = new HashMap<>(businesses * 2);
        try (CSVPrinter rows = printer(out.resolve("businesses.csv"));
                CSVPrinter shops = printer(out.resolve("shops.csv"))) {
            for (int i = 0; i < businesses; i++) {
                BusinessDescription b = population.business(i);
                long id = i + 1L;
                businessIds.put(b.uscc(), id);
                rows.printRecord(
                        id,
                        b.uscc(),
                        false,
                        null,
                        b.name(),
                        b.entityType(),
                        b.regionCode(),
                        b.industryCode(),
                        b.status(),
                        agencies.get("SAMR"),
                        created,
                        "bench",
                        created,
                        "bench",
                        1);
                for (ShopListing s : b.shops()) {
                    shops.printRecord(id, s.platform(), s.shopId(), s.shopUrl());
                }
            }
        }

        RecordValidator validator = new RecordValidator(catalogue, agencies, null, asOf);
        long[] next = {0};
        try (CSVPrinter upload = new CSVPrinter(
                        writer(out.resolve("records.csv")),
                        CSVFormat.DEFAULT
                                .builder()
                                .setRecordSeparator('\n')
                                .setHeader(RecordSubmission.CSV_HEADER)
                                .get());
                CSVPrinter table = printer(out.resolve("records-table.csv"))) {
            population.records(records, asOf, catalogue, s -> {
                ValidRecord r = validator.validate(s).record();
                try {
                    upload.printRecord(
                            s.uscc(),
                            s.agency(),
                            s.category(),
                            s.severity(),
                            s.decisionNumber(),
                            s.decisionDate(),
                            s.legalBasis(),
                            s.penaltyType(),
                            s.penaltyAmount(),
                            s.sourceRecordId());
                    table.printRecord(
                            ++next[0],
                            businessIds.get(r.uscc()),
                            r.agencyId(),
                            r.category().id(),
                            r.sourceRecordId(),
                            r.severity(),
                            r.decisionNumber(),
                            r.decisionDate(),
                            r.legalBasis(),
                            r.penaltyType(),
                            r.penaltyAmount(),
                            r.publicityEnd(),
                            r.contentHash(),
                            "ACTIVE",
                            created,
                            "bench",
                            1,
                            1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        System.out.println("wrote " + businesses + " businesses and " + next[0] + " records to " + out
                + " (credit_record columns: " + String.join(",", IntakeRun.COLUMNS) + ")");
    }

    private static CSVPrinter printer(Path file) throws IOException {
        return new CSVPrinter(writer(file), TABLE);
    }

    private static Writer writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
