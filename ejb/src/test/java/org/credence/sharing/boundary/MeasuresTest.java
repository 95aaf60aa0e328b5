package org.credence.sharing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.Measures.CaseView;
import org.credence.sharing.boundary.Measures.FeedbackRequest;
import org.credence.sharing.boundary.Measures.MeasureRequest;
import org.credence.sharing.control.JointMeasures;
import org.credence.testing.FakeSession;
import org.credence.testing.TestClients;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The measures' boundary outside a container: who sees which cases, who may report feedback, and how
 * a request is refused. (What writes through WriteLog, which needs the container's naming, is left to
 * the control tests and the integration tests.)
 */
class MeasuresTest {

    static final LocalDate T = LocalDate.of(2026, 11, 22);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    private final TestDatabase db = new TestDatabase();
    private long business;
    private long entry;

    @BeforeEach
    void aBusinessOnTheSeriousList() throws SQLException {
        try (Connection c = db.connection()) {
            business = db.business(c, 1);
            entry = db.listEntry(c, business, "SERIOUS_ILLEGAL", T.minusDays(2));
            JointMeasures.evaluate(c, List.of(business), T, NOW);
            TestClients.insert(c, "sta-system", "STA system", 6, "not a hash", NOW, "admin");
            TestClients.insert(c, "cac-system", "CAC system", 2, "not a hash", NOW, "admin");
            user(c, 901, "sta-admin", 6L);
            user(c, 902, "cac-admin", 2L);
            user(c, 903, "samr-admin", 1L);
            user(c, 904, "auditor", null);
            c.commit();
        }
    }

    @Test
    void onlyASystemAdministratorAddsAMeasure() {
        MeasureRequest request = new MeasureRequest(
                "MIIT-AL-SMS",
                "MIIT",
                "SAMR",
                "限制短信端口 SMS port restrictions",
                "《电信条例》 Telecom Regulations",
                "ABNORMAL_LIST",
                null);
        assertThrows(
                NotPermittedException.class,
                () -> as("samr-admin", Role.Names.AGENCY_ADMIN).create(request));
    }

    @Test
    void aNewMeasureIsRefusedNamingEveryFieldAtFault() {
        Measures admin = as("admin", Role.Names.SYSTEM_ADMIN);
        assertEquals(
                List.of("code", "agency", "leadAgency", "name", "legalBasis", "trigger"),
                fields(() -> admin.create(new MeasureRequest("no spaces", "NOPE", null, " ", null, "GRADE_C", null))));
        assertEquals(
                List.of("category"),
                fields(() -> admin.create(request("RECORD_CATEGORY", null))),
                "a record-category trigger names its category");
        assertEquals(List.of("category"), fields(() -> admin.create(request("RECORD_CATEGORY", "NO_SUCH_CATEGORY"))));
        assertEquals(
                List.of("category"),
                fields(() -> admin.create(request("RECORD_CATEGORY", "HONOUR"))),
                "a positive record type triggers no punishment");
        assertEquals(
                List.of("category"),
                fields(() -> admin.create(request("SERIOUS_LIST", "DRUG_SALES"))),
                "only a record-category trigger has a category");
        assertThrows(
                ConflictException.class,
                () -> admin.create(
                        new MeasureRequest("CAC-SL-ACCOUNT", "CAC", "SAMR", "x", "《网络安全法》 x", "SERIOUS_LIST", null)));
    }

    @Test
    void anAgencySeesItsOwnAndItsLedCasesAndOverseersSeeEveryAgencys() {
        assertEquals(
                List.of("STA-SL-TAX-CREDIT"),
                codes(as("sta-system", Role.Names.AGENCY_CLIENT)
                        .cases(null, "DUE", 0, 20)
                        .items()));
        assertEquals(
                4,
                as("samr-admin", Role.Names.AGENCY_ADMIN)
                        .cases(null, null, 0, 20)
                        .total(),
                "SAMR leads them");
        assertEquals(
                List.of("CAC-SL-ACCOUNT"),
                codes(as("cac-admin", Role.Names.AGENCY_ADMIN)
                        .cases("CAC", null, 0, 20)
                        .items()));
        assertThrows(
                NotPermittedException.class,
                () -> as("cac-admin", Role.Names.AGENCY_ADMIN).cases("STA", null, 0, 20));
        Measures auditor = as("auditor", Role.Names.AUDITOR);
        assertEquals(4, auditor.cases(null, "DUE", 0, 20).total());
        assertEquals(
                List.of("GACC-SL-CREDIT"),
                codes(auditor.cases("GACC", null, 0, 20).items()));
        assertEquals(0, auditor.cases(null, "LIFTED", 0, 20).total());
        assertEquals(List.of("agency"), fields(() -> auditor.cases("NOPE", null, 0, 20)));
        assertEquals(List.of("status"), fields(() -> auditor.cases(null, "OPEN", 0, 20)));
        assertEquals(List.of("size"), fields(() -> auditor.cases(null, null, 0, 101)));

        long tax = caseId("STA-SL-TAX-CREDIT");
        assertEquals(
                "STA",
                as("samr-admin", Role.Names.AGENCY_ADMIN).measureCase(tax).agency());
        assertThrows(
                NotPermittedException.class,
                () -> as("cac-system", Role.Names.AGENCY_CLIENT).measureCase(tax));
        assertThrows(NotFoundException.class, () -> auditor.measureCase(999_999));
    }

    @Test
    void theApplyingAgencysClientReportsAndIsAuditedAsItsAgencysClient() throws SQLException {
        long tax = caseId("STA-SL-TAX-CREDIT");
        Measures sta = as("sta-system", Role.Names.AGENCY_CLIENT);
        CaseView reported =
                sta.feedback(tax, new FeedbackRequest("NOT_APPLICABLE", " 未开具增值税专用发票 No VAT special invoices "));
        assertEquals("NOT_APPLICABLE", reported.feedback());
        assertEquals("未开具增值税专用发票 No VAT special invoices", reported.feedbackReason());
        assertEquals("sta-system", reported.feedbackBy());
        assertEquals(
                "NOT_APPLICABLE",
                as("samr-admin", Role.Names.AGENCY_ADMIN).measureCase(tax).feedback(),
                "the lead agency reads it");
        try (Connection c = db.connection()) {
            Object[] audited = Jdbc.one(
                    c,
                    "select actor, actor_kind, agency_code, action, target from audit_entry"
                            + " where action = 'measure-case.feedback'",
                    rs -> new Object[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                    });
            assertEquals(
                    List.of("sta-system", "CLIENT", "STA", "measure-case.feedback", "measure-case " + tax),
                    List.of(audited));
        }

        assertEquals(List.of("reason"), fields(() -> sta.feedback(tax, new FeedbackRequest("NOT_APPLICABLE", null))));
        assertThrows(
                NotPermittedException.class,
                () -> as("cac-system", Role.Names.AGENCY_CLIENT).feedback(tax, new FeedbackRequest("APPLIED", null)));
        assertThrows(
                NotPermittedException.class,
                () -> as("samr-admin", Role.Names.AGENCY_ADMIN).feedback(tax, new FeedbackRequest("APPLIED", null)),
                "the lead agency does not report");
        assertThrows(
                NotPermittedException.class,
                () -> as("sta-admin", Role.Names.INSPECTOR).feedback(tax, new FeedbackRequest("APPLIED", null)),
                "an agency's administrators report, not its inspectors");
        assertThrows(NotFoundException.class, () -> sta.feedback(999_999, new FeedbackRequest("APPLIED", null)));

        try (Connection c = db.connection()) {
            Jdbc.update(c, "update list_entry set removed_on = ? where id = ?", T, entry);
            JointMeasures.evaluate(c, List.of(business), T, NOW);
            c.commit();
        }
        assertThrows(ConflictException.class, () -> sta.feedback(tax, new FeedbackRequest("APPLIED", null)));
    }

    // --- helpers

    private Measures as(String name, String... roles) {
        Measures measures = new Measures();
        measures.database = new Database(db.dataSource());
        measures.session = FakeSession.of(name, roles);
        measures.clients = new ClientDirectory();
        measures.clients.reader = TestClients.reader(db.dataSource());
        measures.clients.start();
        measures.clock = Clock.fixed(NOW.atZone(ChinaTime.ZONE).toInstant(), ChinaTime.ZONE);
        return measures;
    }

    private static MeasureRequest request(String trigger, String category) {
        return new MeasureRequest(
                "NEW-1", "SAMR", "SAMR", "测试措施 Test measure", "《电子商务法》 E-Commerce Law", trigger, category);
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).errors().stream()
                .map(FieldError::field)
                .toList();
    }

    private static List<String> codes(List<CaseView> cases) {
        return cases.stream().map(CaseView::measure).sorted().toList();
    }

    private long caseId(String code) {
        return as("auditor", Role.Names.AUDITOR).cases(null, "DUE", 0, 20).items().stream()
                .filter(k -> k.measure().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void user(Connection c, long id, String username, Long agencyId) throws SQLException {
        Jdbc.update(
                c,
                "insert into app_user (id, username, password_hash, agency_id, enabled, created_at)"
                        + " values (?, ?, 'x', ?, true, ?)",
                id,
                username,
                agencyId,
                NOW);
    }
}
