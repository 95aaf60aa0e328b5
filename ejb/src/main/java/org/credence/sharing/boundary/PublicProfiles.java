package org.credence.sharing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.audit.control.WriteLog;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Business;
import org.credence.business.entity.Uscc;
import org.credence.credit.control.ModelStore;
import org.credence.inspection.boundary.PublicInspections;
import org.credence.inspection.entity.Assignment;
import org.credence.platform.ChinaTime;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A business's public profile, for anyone: name, penalties within their publicity period, published
 * inspection results and list memberships. Grades are an internal supervisory reference: the score
 * and grade appear only under a model whose owning agency has made its grades public.
 */
@Stateless
public class PublicProfiles {

    @Inject
    Database database;

    @Inject
    BusinessRegistry registry;

    @Inject
    PublicInspections inspections;

    @Inject
    Callers callers;

    Clock clock = Clock.systemUTC();

    public record Penalty(
            String category,
            String agency,
            String decisionNumber,
            LocalDate decisionDate,

            @Schema(
                    enumeration = {
                        "WARNING",
                        "NOTICE_OF_CRITICISM",
                        "FINE",
                        "CONFISCATION",
                        "SUSPENSION",
                        "LICENCE_REVOCATION",
                        "OTHER"
                    })
            String penaltyType,

            java.math.BigDecimal amount,
            String legalBasis,
            LocalDate publicUntil) {}

    @Schema(name = "PublicListMembership")
    public record ListMembership(
            @Schema(enumeration = {"ABNORMAL_OPERATIONS", "SERIOUS_ILLEGAL"})
            String list,

            String agency,
            LocalDate listedOn,
            String reason) {}

    public record PublicGrade(
            long model,
            String modelName,
            int score,
            @Schema(enumeration = {"A", "B", "C", "D"}) String grade,
            LocalDate asOf) {}

    public record Profile(
            String uscc,
            String name,
            String entityType,
            String region,
            String status,
            List<Penalty> penalties,
            List<ListMembership> lists,
            List<Assignment> inspections,
            PublicGrade credit) {}

    /** A business found by name: what the public start page lists, each leading to its profile. */
    public record Match(String uscc, String name, String region) {}

    /** The shortest name fragment searched: one character would match most of the register. */
    public static final int MIN_NAME = 2;

    /**
     * Registered businesses whose name contains {@code fragment} (case-insensitive), in code order, at most
     * {@code limit}: the registry search's approach, stopping at the limit instead of counting every match.
     */
    public List<Match> search(String fragment, int limit) {
        String text = fragment == null ? "" : fragment.strip();
        if (text.length() < MIN_NAME) {
            throw new org.credence.platform.InvalidRequestException(
                    "name", Message.of("at-least-characters", MIN_NAME));
        }
        return database.call(c -> {
            return Jdbc.list(
                    c,
                    "select uscc, name, region_code from business where lower(name) like ? escape '\\'"
                            + " order by uscc fetch first " + Math.min(limit, 100) + " rows only",
                    rs -> new Match(rs.getString(1), rs.getString(2), rs.getString(3)),
                    Jdbc.likeContaining(text.toLowerCase(java.util.Locale.ROOT)));
        });
    }

    /**
     * A business's penalties in publicity on {@code today}: the publicity end is the first day a record is no
     * longer public, so a record shows while {@code publicity_end > today}, as the score and the record queries read it.
     */
    static List<Penalty> penaltiesInPublicity(Connection c, long businessId, LocalDate today) throws SQLException {
        return Jdbc.list(
                c,
                "select k.code, a.code, r.decision_number, r.decision_date, r.penalty_type,"
                        + " r.penalty_amount, r.legal_basis, r.publicity_end from credit_record r join record_category k"
                        + " on k.id = r.category_id join agency a on a.id = r.agency_id where r.business_id = ?"
                        + " and r.status = 'ACTIVE' and k.polarity = 'NEGATIVE' and r.decision_date <= ? and r.publicity_end > ?"
                        + " order by r.decision_date desc, r.id desc",
                rs -> new Penalty(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getString(7),
                        rs.getDate(8).toLocalDate()),
                businessId,
                today,
                today);
    }

    public Profile profile(Uscc uscc) {
        Business business = registry.find(uscc);
        LocalDate today = ChinaTime.today(clock);
        return database.call(c -> {
            List<Penalty> penalties = penaltiesInPublicity(c, business.id(), today);
            List<ListMembership> lists = Jdbc.list(
                    c,
                    "select e.list_type, a.code, e.listed_on, e.reason from list_entry e"
                            + " join agency a on a.id = e.agency_id where e.business_id = ? and e.listed_on <= ?"
                            + " and (e.removed_on is null or e.removed_on > ?) order by e.listed_on",
                    rs -> new ListMembership(
                            rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)),
                    business.id(),
                    today,
                    today);
            PublicGrade grade = null;
            ModelStore.Ref model = ModelStore.marketRegulatorModel(c, today);
            if (model != null && gradePublic(c, model.id())) {
                grade = Jdbc.one(
                        c,
                        "select score, grade, as_of from credit_score where business_id = ? and model_id = ?"
                                + " and as_of <= ? order by as_of desc, id desc fetch first 1 rows only",
                        rs -> new PublicGrade(
                                model.id(),
                                model.name(),
                                rs.getInt(1),
                                rs.getString(2),
                                rs.getDate(3).toLocalDate()),
                        business.id(),
                        model.id(),
                        today);
            }
            return new Profile(
                    business.uscc().value(),
                    business.name(),
                    business.entityType().name(),
                    business.regionCode(),
                    business.status().name(),
                    penalties,
                    lists,
                    inspections.results(business.uscc().value(), null, 100),
                    grade);
        });
    }

    /** Whether a model's grades are public: its owning agency's administrator decides. */
    public boolean setGradePublic(long modelId, boolean enabled) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            ModelStore.Ref model = ModelStore.ref(c, modelId);
            if (model == null) {
                throw ModelStore.missing(modelId, null);
            }
            String owner = Jdbc.one(c, "select code from agency where id = ?", rs -> rs.getString(1), model.agencyId());
            if (!caller.mayChangeDataOfAgency(owner)) {
                throw new NotPermittedException(Message.of("model-grades-public-by-owner", modelId, owner));
            }
            String name = "public.grade.model." + modelId;
            LocalDateTime now = LocalDateTime.now(clock);
            if (Jdbc.update(
                            c,
                            "update setting set setting_value = ?, updated_at = ? where name = ?",
                            String.valueOf(enabled),
                            now,
                            name)
                    == 0) {
                Jdbc.update(
                        c,
                        "insert into setting (name, setting_value, updated_at) values (?, ?, ?)",
                        name,
                        String.valueOf(enabled),
                        now);
            }
            WriteLog.record(caller.name(), enabled ? "model.grade-public" : "model.grade-internal", "model " + modelId);
            return enabled;
        });
    }

    private static boolean gradePublic(Connection c, long modelId) throws SQLException {
        return "true"
                .equals(Jdbc.one(
                        c,
                        "select setting_value from setting where name = ?",
                        rs -> rs.getString(1),
                        "public.grade.model." + modelId));
    }
}
