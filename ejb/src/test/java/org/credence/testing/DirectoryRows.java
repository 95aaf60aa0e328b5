package org.credence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Qualification;
import org.credence.inspection.entity.Scope;
import org.credence.platform.jdbc.Jdbc;

/**
 * Items and inspectors written as rows on a plain connection, for the tests of the draw's SQL, which run without
 * a persistence context; the application writes them as entities ({@code DirectoryEntries}).
 */
public final class DirectoryRows {

    private DirectoryRows() {}

    /** Writes an item on a plain connection. */
    public static long insertItem(Connection c, Item i, String by, LocalDateTime now) throws SQLException {
        return Jdbc.insert(
                c,
                "insert into inspection_item (code, name, legal_basis, agency_id, kind, method, entity_types,"
                        + " industries, platforms, region_prefixes, max_ratio_bp, annual_cap, created_at, created_by, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                i.code(),
                i.name(),
                i.legalBasis(),
                i.agencyId(),
                i.kind(),
                i.method(),
                Scope.join(i.scope().entityTypes()),
                Scope.join(i.scope().industries()),
                Scope.join(i.scope().platforms()),
                Scope.join(i.scope().regionPrefixes()),
                i.maxRatioBp(),
                i.annualCap(),
                now,
                by);
    }

    /** Writes an inspector on a plain connection. */
    public static long insertInspector(Connection c, InspectorEntry i, String by, LocalDateTime now)
            throws SQLException {
        long id = Jdbc.insert(
                c,
                "insert into inspector (code, name, agency_id, jurisdiction, certificate_number,"
                        + " certificate_expiry, status, max_assignments, username, created_at, created_by, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                i.code(),
                i.name(),
                i.agencyId(),
                String.join(",", i.jurisdiction()),
                i.certificateNumber(),
                i.certificateExpiry(),
                i.status(),
                i.maxAssignments(),
                i.username(),
                now,
                by);
        writeQualifications(c, id, i.qualifications());
        return id;
    }

    private static void writeQualifications(Connection c, long inspectorId, List<Qualification> qualifications)
            throws SQLException {
        for (Qualification q : qualifications) {
            Jdbc.update(
                    c,
                    "insert into inspector_qualification (inspector_id, item_id, valid_from, valid_until)"
                            + " select ?, id, ?, ? from inspection_item where code = ?",
                    inspectorId,
                    q.validFrom(),
                    q.validUntil(),
                    q.item());
        }
    }
}
