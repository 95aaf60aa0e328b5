package org.credence.sharing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.credence.audit.control.AuditLog;
import org.credence.audit.control.WriteLog;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.Page;
import org.credence.platform.PageSize;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.security.entity.Role;
import org.credence.sharing.control.FeedbackRules;
import org.credence.sharing.control.JointMeasures;
import org.credence.sharing.control.MeasureStore;
import org.credence.sharing.control.MeasureStore.Case;
import org.credence.sharing.control.MeasureStore.Measure;
import org.credence.sharing.control.MeasureStore.Outcome;
import org.credence.sharing.control.MeasureStore.Trigger;
import org.credence.sharing.entity.ClientSnapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Joint measures (联合奖惩): the catalogue, which a SYSTEM_ADMIN extends; the cases an agency sees
 * (those of the measures it applies and of those it leads), with the applying agency's feedback;
 * and the evaluator's step, which the scheduler runs.
 */
@Stateless
@DeclareRoles({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.AGENCY_CLIENT})
public class Measures {

    @Inject
    Database database;

    @Resource
    SessionContext session;

    @Inject
    ClientDirectory clients;

    Clock clock = Clock.systemUTC();

    /** A new measure: codes of the applying and the lead agency, a trigger, and the category iff RECORD_CATEGORY. */
    public record MeasureRequest(
            String code,
            String agency,
            String leadAgency,
            String name,
            String legalBasis,

            @Schema(enumeration = {"GRADE_D", "SERIOUS_LIST", "ABNORMAL_LIST", "RECORD_CATEGORY"})
            String trigger,

            String category) {}

    /** A measure of the catalogue, its agencies and category by code. */
    public record MeasureView(
            String code,
            String agency,
            String leadAgency,
            String name,
            String legalBasis,

            @Schema(enumeration = {"GRADE_D", "SERIOUS_LIST", "ABNORMAL_LIST", "RECORD_CATEGORY"})
            String trigger,

            String category,
            boolean active,
            LocalDateTime createdAt,
            String createdBy) {}

    /** A case as agencies see it; the feedback fields are empty until the applying agency reports. */
    public record CaseView(
            long id,
            String measure,
            String measureName,
            String agency,
            String leadAgency,
            String uscc,
            @Schema(enumeration = {"DUE", "LIFTED"}) String status,
            LocalDateTime triggeredAt,
            LocalDateTime liftedAt,

            @Schema(enumeration = {"APPLIED", "NOT_APPLICABLE"})
            String feedback,

            String feedbackReason,
            LocalDateTime feedbackAt,
            String feedbackBy)
            implements Serializable {}

    /** APPLIED, or NOT_APPLICABLE with the reason why. */
    public record FeedbackRequest(
            @Schema(enumeration = {"APPLIED", "NOT_APPLICABLE"})
            String outcome,

            String reason) {}

    /** Who asks: a person or an agency's client, the agency they act for, and whether they oversee every agency. */
    private record Viewer(String name, boolean client, boolean overseer, Long agencyId, String agencyCode) {}

    public List<MeasureView> catalogue() {
        return database.call(
                c -> MeasureStore.all(c).stream().map(Measures::view).toList());
    }

    /**
     * Adds a measure (SYSTEM_ADMIN only) and opens its cases at once for the businesses that meet its
     * trigger today; the scheduled step only sees what changes afterwards.
     */
    public MeasureView create(MeasureRequest request) {
        if (!session.isCallerInRole(Role.Names.SYSTEM_ADMIN)) {
            throw new NotPermittedException(Message.of("only-a-system-administrator-adds-measures"));
        }
        if (request == null) {
            throw new InvalidRequestException("body", Message.of("a-measure-is-required"));
        }
        String by = session.getCallerPrincipal().getName();
        return database.call(c -> {
            List<FieldError> errors = new ArrayList<>();
            String code = strip(request.code());
            if (code == null || !code.matches("[A-Za-z0-9._-]{1,32}")) {
                errors.add(new FieldError("code", Message.of("is-required-to-letters-digits-or")));
            }
            Long agencyId = agencyField(c, request.agency(), "agency", Message.of("measure-agency-required"), errors);
            Long leadAgencyId = agencyField(
                    c, request.leadAgency(), "leadAgency", Message.of("measure-lead-agency-required"), errors);
            String name = strip(request.name());
            if (name == null || name.length() > 300) {
                errors.add(new FieldError("name", Message.of("required-at-most-300")));
            }
            String legalBasis = strip(request.legalBasis());
            if (legalBasis == null || legalBasis.length() > 500) {
                errors.add(new FieldError("legalBasis", Message.of("is-required-a-measure-comes-from")));
            }
            Trigger trigger = null;
            try {
                trigger = request.trigger() == null
                        ? null
                        : Trigger.valueOf(request.trigger().strip());
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (trigger == null) {
                errors.add(new FieldError("trigger", Message.of("is-required-one-of", List.of(Trigger.values()))));
            }
            Long categoryId = null;
            String category = strip(request.category());
            if (trigger == Trigger.RECORD_CATEGORY) {
                if (category == null) {
                    errors.add(new FieldError("category", Message.of("is-required-for-a-record-category")));
                } else {
                    Object[] found = Jdbc.one(
                            c,
                            "select id, polarity from record_category where code = ?",
                            rs -> new Object[] {rs.getLong(1), rs.getString(2)},
                            category);
                    if (found == null) {
                        errors.add(new FieldError("category", Message.of("is-not-a-record-category", category)));
                    } else if (!"NEGATIVE".equals(found[1])) {
                        errors.add(
                                new FieldError("category", Message.of("is-a-positive-record-type-measures", category)));
                    } else {
                        categoryId = (Long) found[0];
                    }
                }
            } else if (category != null && trigger != null) {
                errors.add(new FieldError("category", Message.of("is-only-for-a-record-category", trigger)));
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            if (MeasureStore.find(c, code) != null) {
                throw new ConflictException("measure-exists", Message.of("the-catalogue-already-has-a-measure", code));
            }
            long id = MeasureStore.insert(
                    c, code, agencyId, leadAgencyId, name, legalBasis, trigger, categoryId, now(), by);
            WriteLog.record(by, "joint-measure.create", code);
            Measure measure = MeasureStore.find(c, id);
            JointMeasures.evaluate(c, JointMeasures.meeting(c, measure, today()), today(), now());
            return view(measure);
        });
    }

    /**
     * Cases newest first. An agency's people and clients see their agency's (the measures it applies
     * and those it leads); auditors and system administrators see every agency's, or one agency's
     * with {@code agency}.
     */
    public Page<CaseView> cases(String agency, String status, int page, int size) {
        if (status != null && !List.of("DUE", "LIFTED").contains(status)) {
            throw new InvalidRequestException("status", Message.of("must-be-due-or-lifted"));
        }
        if (page < 0) {
            throw new InvalidRequestException("page", Message.of("must-be-or-more"));
        }
        if (size < 1 || size > PageSize.MAX) {
            throw new InvalidRequestException("size", Message.of("range-1-to", PageSize.MAX));
        }
        return database.call(c -> {
            Viewer viewer = viewer(c);
            Long agencyId;
            if (viewer.overseer()) {
                agencyId = agency == null ? null : agencyId(c, agency);
                if (agency != null && agencyId == null) {
                    throw new InvalidRequestException("agency", Message.of("is-not-an-agency-code", agency));
                }
            } else {
                if (viewer.agencyId() == null) {
                    throw new NotPermittedException(Message.of("acts-for-no-agency-so-has", viewer.name()));
                }
                if (agency != null && !agency.equals(viewer.agencyCode())) {
                    throw new NotPermittedException(
                            Message.of("sees-only-the-measure-cases-of", viewer.name(), viewer.agencyCode()));
                }
                agencyId = viewer.agencyId();
            }
            return MeasureStore.cases(c, agencyId, status, page, size).map(Measures::view);
        });
    }

    public CaseView measureCase(long id) {
        return database.call(c -> {
            Viewer viewer = viewer(c);
            Case found = found(MeasureStore.findCase(c, id), id);
            if (!viewer.overseer() && (viewer.agencyId() == null || !found.concerns(viewer.agencyId()))) {
                throw new NotPermittedException(Message.of(
                        "measure-case-is-not-one-of",
                        id,
                        (viewer.agencyCode() == null ? viewer.name() : viewer.agencyCode())));
            }
            return view(found);
        });
    }

    /**
     * The applying agency's feedback on a DUE case, by one of its administrators or its client; it
     * replaces an earlier one, and the lead agency reads it with the case.
     */
    public CaseView feedback(long caseId, FeedbackRequest request) {
        return database.call(c -> {
            Viewer viewer = viewer(c);
            Case locked = found(MeasureStore.lockCase(c, caseId), caseId);
            boolean mayReport = viewer.client() || session.isCallerInRole(Role.Names.AGENCY_ADMIN);
            Outcome outcome = FeedbackRules.check(
                    locked,
                    mayReport ? viewer.agencyId() : null,
                    request == null ? null : request.outcome(),
                    request == null ? null : request.reason());
            String reason = request.reason() == null || request.reason().isBlank()
                    ? null
                    : request.reason().strip();
            LocalDateTime now = now();
            MeasureStore.feedback(c, caseId, outcome, reason, now, viewer.name());
            String target = "measure-case " + caseId;
            if (viewer.client()) {
                // an agency's system is audited as a client of its agency, which WriteLog cannot tell
                AuditLog.append(
                        c,
                        new AuditLog.Entry(
                                now,
                                viewer.name(),
                                AuditLog.ActorKind.CLIENT,
                                viewer.agencyCode(),
                                "measure-case.feedback",
                                target,
                                null,
                                outcome + (reason == null ? "" : ": " + reason)));
            } else {
                WriteLog.record(viewer.name(), "measure-case.feedback", target);
            }
            return view(MeasureStore.findCase(c, caseId));
        });
    }

    /** Once a day, lifts the cases whose record left publicity (a transaction); see {@link JointMeasures#publicityEnded}. */
    public void publicityEnded() {
        database.call(c -> {
            database.dialect().patient(c);
            return JointMeasures.publicityEnded(c, today(), now());
        });
    }

    /** One step of the evaluator (a transaction); true while more is waiting. */
    public boolean step() {
        return database.call(c -> {
            database.dialect().patient(c);
            return JointMeasures.step(c, today(), now()).more();
        });
    }

    private Viewer viewer(Connection c) throws SQLException {
        String name = session.getCallerPrincipal().getName();
        if (session.isCallerInRole(Role.Names.AGENCY_CLIENT)) {
            ClientSnapshot client = clients.read(name);
            if (client == null || !client.active()) {
                throw new NotPermittedException(Message.of("api-client-is-not-active", name));
            }
            return new Viewer(name, true, false, agencyId(c, client.agencyCode()), client.agencyCode());
        }
        boolean overseer =
                session.isCallerInRole(Role.Names.SYSTEM_ADMIN) || session.isCallerInRole(Role.Names.AUDITOR);
        Object[] agency = Jdbc.one(
                c,
                "select a.id, a.code from app_user u join agency a on a.id = u.agency_id" + " where u.username = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)},
                name);
        return new Viewer(
                name,
                false,
                overseer,
                agency == null ? null : (Long) agency[0],
                agency == null ? null : (String) agency[1]);
    }

    /** The id of the agency a request names in {@code field}; a missing or unknown code is added to {@code errors}. */
    private static Long agencyField(Connection c, String code, String field, Message what, List<FieldError> errors)
            throws SQLException {
        String stripped = strip(code);
        if (stripped == null) {
            errors.add(new FieldError(field, what));
            return null;
        }
        Long id = agencyId(c, stripped);
        if (id == null) {
            errors.add(new FieldError(field, Message.of("is-not-an-agency-code", stripped)));
        }
        return id;
    }

    private static Long agencyId(Connection c, String code) throws SQLException {
        return Jdbc.one(c, "select id from agency where code = ?", rs -> rs.getLong(1), code);
    }

    private static Case found(Case measureCase, long id) {
        if (measureCase == null) {
            throw new NotFoundException("measure-case-not-found", Message.of("there-is-no-measure-case", id));
        }
        return measureCase;
    }

    static MeasureView view(Measure m) {
        return new MeasureView(
                m.code(),
                m.agencyCode(),
                m.leadAgencyCode(),
                m.name(),
                m.legalBasis(),
                m.trigger().name(),
                m.categoryCode(),
                m.active(),
                m.createdAt(),
                m.createdBy());
    }

    static CaseView view(Case k) {
        return new CaseView(
                k.id(),
                k.measureCode(),
                k.measureName(),
                k.agencyCode(),
                k.leadAgencyCode(),
                k.uscc(),
                k.status(),
                k.triggeredAt(),
                k.liftedAt(),
                k.feedback() == null ? null : k.feedback().name(),
                k.feedbackReason(),
                k.feedbackAt(),
                k.feedbackBy());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
