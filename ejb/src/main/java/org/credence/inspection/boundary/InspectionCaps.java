package org.credence.inspection.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.credence.audit.control.WriteLog;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.AnnualCap;
import org.credence.inspection.control.AnnualCaps;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.violation.boundary.RecordCatalogue;

/**
 * The authorities' annual caps on inspections per enterprise (国办发〔2024〕54号): each agency's
 * administrator publishes their own; draws leave out a business that has reached the cap of an
 * agency of the plan ({@link org.credence.inspection.control.Exclusion#AGENCY_ANNUAL_CAP}).
 */
@Stateless
public class InspectionCaps {

    static final int MAX_PER_YEAR = 366;

    @Inject
    Database database;

    @Inject
    Callers callers;

    @Inject
    RecordCatalogue catalogue;

    Clock clock = Clock.systemUTC();

    /** The agency's cap, or null when it has published none. */
    public AnnualCap find(String agencyCode) {
        long agency = agency(agencyCode);
        return database.call(c -> AnnualCaps.find(c, agency));
    }

    /** Every agency's published cap, by agency code. */
    public java.util.List<AnnualCap> all() {
        return database.call(c -> AnnualCaps.all(c));
    }

    /** Publishes or replaces the agency's cap (its administrator, or a SYSTEM_ADMIN). */
    public AnnualCap publish(String agencyCode, CapRequest request) {
        CallerIdentity caller = callers.current();
        long agency = agency(agencyCode);
        Validation.mayChange(caller, agencyCode);
        Validation v = new Validation();
        if (request == null) {
            v.fail("body", Message.of("cap.required"));
            v.throwIfAny();
        }
        v.check(
                request.perYear() != null && request.perYear() >= 1 && request.perYear() <= MAX_PER_YEAR,
                "perYear",
                Message.of("cap.per-year", MAX_PER_YEAR));
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        if (request.byGrade() != null) {
            for (Map.Entry<String, Integer> e : request.byGrade().entrySet()) {
                Grade grade = grade(e.getKey());
                if (grade == null) {
                    v.fail("byGrade", Message.of("unknown-grade-grades-are-a-b", e.getKey()));
                } else if (e.getValue() != null) {
                    v.check(
                            e.getValue() >= 1 && e.getValue() <= MAX_PER_YEAR,
                            "byGrade." + grade,
                            Message.of("cap.per-year", MAX_PER_YEAR));
                    byGrade.put(grade, e.getValue());
                }
            }
        }
        String basis = request.basis() == null || request.basis().isBlank()
                ? null
                : request.basis().strip();
        v.check(basis == null || basis.length() <= 500, "basis", Message.of("cap.basis"));
        v.throwIfAny();
        return database.call(c -> {
            AnnualCaps.save(
                    c,
                    agency,
                    new AnnualCap(agencyCode, request.perYear(), byGrade, basis, null, null),
                    caller.name(),
                    LocalDateTime.now(clock));
            WriteLog.record(
                    caller.name(),
                    "inspection-cap.publish",
                    agencyCode + ": " + request.perYear() + " a year"
                            + (byGrade.isEmpty() ? "" : ", by grade " + byGrade));
            return AnnualCaps.find(c, agency);
        });
    }

    /** Withdraws the agency's cap; whether there was one. */
    public boolean withdraw(String agencyCode) {
        CallerIdentity caller = callers.current();
        long agency = agency(agencyCode);
        Validation.mayChange(caller, agencyCode);
        return database.call(c -> {
            boolean withdrawn = AnnualCaps.delete(c, agency);
            if (withdrawn) {
                WriteLog.record(caller.name(), "inspection-cap.withdraw", agencyCode);
            }
            return withdrawn;
        });
    }

    private long agency(String code) {
        Long id = code == null ? null : catalogue.agencyIds().get(code.strip());
        if (id == null) {
            throw new NotFoundException("agency-not-found", Message.of("unknown-agency", code));
        }
        return id;
    }

    private static Grade grade(String name) {
        try {
            return name == null ? null : Grade.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
