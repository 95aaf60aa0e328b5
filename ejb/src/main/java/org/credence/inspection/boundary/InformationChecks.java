package org.credence.inspection.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.business.entity.EntityType;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.Directory;
import org.credence.inspection.control.DrawMethod;
import org.credence.inspection.control.DrawRules;
import org.credence.inspection.control.DrawStore;
import org.credence.inspection.control.InformationCoverage;
import org.credence.inspection.control.InformationCoverage.Row;
import org.credence.inspection.control.PlanEntries;
import org.credence.inspection.control.PlanSchedule;
import org.credence.inspection.control.PoolFreeze;
import org.credence.inspection.control.PoolFreeze.Frozen;
import org.credence.inspection.control.WorkingDayCalendar;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.Plan;
import org.credence.platform.ChinaTime;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.violation.boundary.RecordCatalogue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The checks of the information enterprises publish (企业公示信息抽查): for an agency and the current
 * year, the share of businesses by entity type that its published and drawn information-check plans
 * have checked and will check, against the statutory 3 % ({@link InformationCoverage}).
 */
@Stateless
public class InformationChecks {

    private static final List<String> OPEN = List.of("PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED");

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    org.credence.security.control.Callers callers;

    Clock clock = Clock.systemUTC();

    /**
     * An agency's year: its information-check plans taking part, the rows by entity type, and the entity
     * types that fall short of 3 %.
     */
    public record Coverage(
            String agency,
            int year,
            int plans,
            List<Row> rows,

            @Schema(type = SchemaType.ARRAY, implementation = EntityType.class)
            List<String> belowMinimum)
            implements Serializable {}

    /** The coverage of the named agency, or of the caller's own when none is named. */
    public Coverage coverage(String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            var own = callers.current().agency();
            if (own == null) {
                throw new org.credence.platform.InvalidRequestException(
                        "agency", Message.of("infocheck.agency-required"));
            }
            agencyCode = own.code();
        }
        Long agency = agencyCode == null ? null : catalogue.agencyIds().get(agencyCode.strip());
        if (agency == null) {
            throw new NotFoundException("agency-not-found", Message.of("unknown-agency", agencyCode));
        }
        LocalDate today = ChinaTime.today(clock);
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate nextYear = yearStart.plusYears(1);
        String named = agencyCode;
        return database.call(c -> {
            Map<String, Long> businesses = new HashMap<>();
            Jdbc.list(
                    c,
                    "select entity_type, count(*) from business where status = 'OPERATING' group by entity_type",
                    rs -> businesses.put(rs.getString(1), rs.getLong(2)));
            List<Long> planIds = Jdbc.list(
                    c,
                    "select p.id from inspection_plan p join plan_agency pa on pa.plan_id = p.id"
                            + " where pa.agency_id = ? and p.purpose = 'INFORMATION_CHECK' and p.status in ("
                            + Jdbc.placeholders(OPEN.size()) + ") order by p.id",
                    rs -> rs.getLong(1),
                    params(agency, OPEN));
            Map<String, Long> checked = new HashMap<>();
            Map<String, Long> planned = new HashMap<>();
            if (!planIds.isEmpty()) {
                Jdbc.list(
                        c,
                        "select b.entity_type, count(distinct t.business_id) from draw_target t"
                                + " join inspection_draw d on d.id = t.draw_id join business b on b.id = t.business_id"
                                + " where d.status = 'DRAWN' and t.status = 'STAFFED' and d.draw_date >= ? and d.draw_date < ?"
                                + " and d.plan_id in (" + Jdbc.placeholders(planIds.size())
                                + ") group by b.entity_type",
                        rs -> checked.put(rs.getString(1), rs.getLong(2)),
                        params(yearStart, nextYear, planIds));
                expected(c, planIds, today, nextYear, planned);
            }
            List<Row> rows = InformationCoverage.rows(businesses, checked, planned);
            return new Coverage(
                    named.strip(),
                    today.getYear(),
                    planIds.size(),
                    rows,
                    rows.stream().filter(Row::belowMinimum).map(Row::entityType).toList());
        });
    }

    /** Adds the targets the plans' draws still due this year are expected to select, by entity type. */
    private void expected(
            Connection c, List<Long> planIds, LocalDate today, LocalDate nextYear, Map<String, Long> planned)
            throws SQLException {
        EntityTypes types = null;
        WorkingDayCalendar calendar = Directory.calendar(c);
        for (long id : planIds) {
            Draw scheduled = DrawStore.scheduled(c, id);
            if (scheduled == null || !scheduled.dueAt().toLocalDate().isBefore(nextYear)) {
                continue;
            }
            Plan plan = plans().find(id);
            int periods = 0;
            for (LocalDateTime due = scheduled.dueAt();
                    due != null && due.toLocalDate().isBefore(nextYear) && periods < 366;
                    due = PlanSchedule.of(plan).recurring()
                            ? PlanSchedule.of(plan).nextDue(due, calendar)
                            : null) {
                periods++;
            }
            Frozen pool = PoolFreeze.freeze(c, plan, today);
            if (DrawRules.quotaProblem(plan, pool.members()) != null) {
                continue; // the draw would be refused: it checks nobody
            }
            if (types == null) {
                types = EntityTypes.load(c);
            }
            Map<Grade, Map<String, Long>> byGradeAndType = new EnumMap<>(Grade.class);
            Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
            for (Grade g : Grade.values()) {
                byGrade.put(g, 0);
            }
            for (int i = 0; i < pool.members().size(); i++) {
                Grade g = pool.members().get(i).grade();
                byGrade.merge(g, 1, Integer::sum);
                byGradeAndType
                        .computeIfAbsent(g, k -> new HashMap<>())
                        .merge(types.of(pool.businessIds()[i]), 1L, Long::sum);
            }
            Map<String, Long> perDraw = InformationCoverage.expected(
                    DrawMethod.allocate(DrawMethod.Rules.of(plan), byGrade), byGradeAndType);
            int times = periods;
            perDraw.forEach((type, n) -> planned.merge(type, n * times, Long::sum));
        }
    }

    /** Every operating business's entity type by id, in two arrays (a million businesses cost a few megabytes). */
    private record EntityTypes(long[] ids, byte[] type, List<String> names) {

        static EntityTypes load(Connection c) throws SQLException {
            List<String> names = new ArrayList<>();
            List<long[]> rows =
                    Jdbc.list(c, "select id, entity_type from business where status = 'OPERATING' order by id", rs -> {
                        int index = names.indexOf(rs.getString(2));
                        if (index < 0) {
                            names.add(rs.getString(2));
                            index = names.size() - 1;
                        }
                        return new long[] {rs.getLong(1), index};
                    });
            long[] ids = new long[rows.size()];
            byte[] type = new byte[rows.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = rows.get(i)[0];
                type[i] = (byte) rows.get(i)[1];
            }
            return new EntityTypes(ids, type, names);
        }

        String of(long businessId) {
            int i = java.util.Arrays.binarySearch(ids, businessId);
            return i < 0 ? "OTHER" : names.get(type[i]);
        }
    }

    private static Object[] params(Object first, List<?> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private static Object[] params(Object first, Object second, List<?> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.add(second);
        all.addAll(rest);
        return all.toArray();
    }

    private PlanEntries plans() {
        return new PlanEntries(em);
    }
}
