package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second pass on the regulatory rules (issue 17): an authority's annual cap per enterprise over
 * all of its items, the serious list's exit rules, and the 3 % checks of enterprises' published
 * information.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class RegulatoryRulesIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api CAC = Api.as("cac-admin");
    private static final Api AUDITOR = Api.as("auditor");
    private static final Random RANDOM = new Random();
    private static final String SERIOUS_MEASURE = "SAMR-SL-KEY-SUPERVISION";

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    private static String code(String prefix) {
        return prefix + "-IT-"
                + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36).toUpperCase();
    }

    /** A KEY item of the tax administration (no other test draws its items), with its own generous cap. */
    private static String taxItem() {
        String code = code("STA");
        ADMIN.post("/inspection-items", """
                {"code": "%s", "agency": "STA", "name": "网络交易涉税信息检查 Test item", "legalBasis": "《税收征收管理法》第五十四条",
                 "kind": "KEY", "method": "DOCUMENTARY", "annualCap": 5}
                """.formatted(code)).expect(201);
        return code;
    }

    private static void taxInspector(List<String> items) {
        StringBuilder qualifications = new StringBuilder();
        for (String item : items) {
            qualifications.append(qualifications.isEmpty() ? "" : ", ").append("""
                    {"item": "%s", "validFrom": "%s", "validUntil": "%s"}""".formatted(
                            item, today().minusDays(1), today().plusYears(1)));
        }
        ADMIN.post("/inspectors", """
                {"code": "%s", "name": "税务检查员", "agency": "STA", "jurisdiction": ["33"], "certificateNumber": "STA-C-1",
                 "certificateExpiry": "%s", "status": "ACTIVE", "maxAssignments": 1000, "qualifications": [%s]}
                """.formatted(code("STA"), today().plusYears(2), qualifications))
                .expect(201);
    }

    private static JsonObject drawnPlan(String item) {
        long plan = ADMIN.post("/plans", """
                {"name": "IT 涉税检查", "agencies": ["STA"], "items": ["%s"], "date": "%s", "gradeAOncePerYear": false,
                 "repeatMonths": 0, "scope": {"regionPrefixes": ["330106"]},
                 "ratios": {"A": 10000, "B": 10000, "C": 10000, "D": 10000}, "teamSizes": {"A": 2, "B": 2, "C": 2, "D": 2}}
                """.formatted(item, today().plusDays(30)))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        ADMIN.post("/plans/" + plan + "/publication", "").expect(200);
        return ADMIN.post("/plans/" + plan + "/draws", "").expect(201).json();
    }

    private static Set<String> staffed(String key) {
        Set<String> usccs = new HashSet<>();
        for (JsonValue t : AUDITOR.get("/draws/" + key + "/targets?limit=10000")
                .expect(200)
                .structure()
                .asJsonArray()) {
            if (t.asJsonObject().getBoolean("staffed")) {
                usccs.add(t.asJsonObject().getString("uscc"));
            }
        }
        return usccs;
    }

    @Test
    void aPlanBeyondAnAgencysAnnualCapLeavesOutWhomItsOtherItemsInspectedThisYear() {
        SAMR.put("/agencies/STA/inspection-caps", "{\"perYear\": 1}").problem(403);
        assertEquals(
                Set.of("perYear"),
                fields(ADMIN.put("/agencies/STA/inspection-caps", "{\"perYear\": 0}")
                        .problem(400)));
        JsonObject cap =
                ADMIN.put("/agencies/STA/inspection-caps", """
                {"perYear": 1, "byGrade": {"A": 1}, "basis": "国家税务总局关于公布年度抽查次数上限的通告（测试）"}
                """).expect(200).json();
        assertEquals(1, cap.getInt("perYear"));
        assertEquals(
                1,
                AUDITOR.get("/agencies/STA/inspection-caps").expect(200).json().getInt("perYear"));

        String first = taxItem();
        String second = taxItem();
        taxInspector(List.of(first, second));
        taxInspector(List.of(first, second));

        JsonObject one = drawnPlan(first);
        Set<String> inspected = staffed(one.getString("key"));
        int cappedBefore = one.getJsonObject("exclusionsByReason").getInt("AGENCY_ANNUAL_CAP");
        assertTrue(
                !inspected.isEmpty() || cappedBefore > 0,
                "the first plan inspects the region, or an earlier run did: " + one);

        // another item of the same agency, whose own cap (5) would allow it: the agency's cap of 1 leaves them out
        JsonObject two = drawnPlan(second);
        Set<String> again = staffed(two.getString("key"));
        assertEquals(Set.of(), intersection(inspected, again), "nobody inspected under the first item is drawn again");
        int capped = two.getJsonObject("exclusionsByReason").getInt("AGENCY_ANNUAL_CAP");
        assertTrue(capped >= inspected.size() && capped > 0, "the exclusions name the agency's cap: " + two);
        assertTrue(AUDITOR.post("/draws/" + two.getString("key") + "/verify", "")
                .expect(200)
                .json()
                .getBoolean("verified"));

        assertEquals(
                204,
                ADMIN.send(ADMIN.request("/agencies/STA/inspection-caps").DELETE())
                        .status());
        AUDITOR.get("/agencies/STA/inspection-caps").problem(404);
    }

    @Test
    void aSeriousListingLeavesEarlyOnlyWithFulfilmentAndNoHeavierPenaltyAndEndsByItselfAfterThreeYears() {
        // listed today: no early removal within a year, whatever is shown
        String fresh = business();
        long today = list(fresh, today());
        assertEquals(
                today().plusYears(3).toString(),
                SAMR.get("/list-entries/" + today).expect(200).json().getString("endsOn"));
        SAMR.post("/list-entries/" + today + "/removal", "{\"reason\": \"已整改\", \"fulfilment\": \"罚款已缴清\"}")
                .problem(422);

        // listed two years ago: the fulfilment is asked for, then a heavier penalty since the listing refuses it
        String penalised = business();
        long twoYears = list(penalised, today().minusYears(2));
        assertEquals(
                Set.of("fulfilment"),
                fields(SAMR.post("/list-entries/" + twoYears + "/removal", "{\"reason\": \"已整改\"}")
                        .problem(400)));
        SAMR.post("/records", """
                {"uscc": "%s", "category": "FALSE_ADVERTISING", "severity": "HEAVY", "decisionNumber": "市监罚〔IT-%s〕",
                 "decisionDate": "%s", "legalBasis": "广告法第五十五条", "penaltyType": "SUSPENSION", "sourceRecordId": "%s"}
                """.formatted(penalised, code("R"), today().minusMonths(6), code("R")))
                .expect(201);
        JsonObject refused = SAMR.post(
                        "/list-entries/" + twoYears + "/removal", "{\"reason\": \"已整改\", \"fulfilment\": \"罚款已缴清\"}")
                .problem(422);
        assertTrue(refused.getString("detail").contains("IT-"), refused.toString());

        String fulfilled = business();
        long early = list(fulfilled, today().minusYears(2));
        JsonObject removed = SAMR.post(
                        "/list-entries/" + early + "/removal",
                        "{\"reason\": \"信用修复\", \"fulfilment\": \"罚款已于当月缴清，违法广告已撤除\"}")
                .expect(200)
                .json();
        assertEquals("EARLY", removed.getString("removalKind"));
        assertEquals("罚款已于当月缴清，违法广告已撤除", removed.getString("fulfilment"));

        // three years ago tomorrow: renewed for three more years from its end; three years ago and a day: ends by
        // itself
        String renewedOne = business();
        long renewed = list(renewedOne, today().minusYears(3).plusDays(1));
        CAC.post("/list-entries/" + renewed + "/renewal", "{\"reason\": \"仍未履行\"}")
                .problem(403);
        JsonObject longer = SAMR.post("/list-entries/" + renewed + "/renewal", "{\"reason\": \"仍未履行\"}")
                .expect(200)
                .json();
        assertEquals(today().plusDays(1).plusYears(3).toString(), longer.getString("endsOn"));
        String expiring = business();
        long over = list(expiring, today().minusYears(3).minusDays(1));
        JsonObject due = Api.eventually("the measure's case on the serious list", () -> caseOf(expiring, "DUE"));
        SAMR.post("/list-entries/" + over + "/renewal", "{\"reason\": \"仍未履行\"}")
                .problem(422);

        SAMR.post("/list-entries/expirations", "").problem(403);
        assertTrue(
                ADMIN.post("/list-entries/expirations", "").expect(200).json().getInt("ended") >= 1);
        assertEquals(
                0,
                ADMIN.post("/list-entries/expirations", "").expect(200).json().getInt("ended"),
                "idempotent");
        JsonObject ended = SAMR.get("/list-entries/" + over).expect(200).json();
        assertEquals("EXPIRED", ended.getString("removalKind"));
        assertEquals(
                today().minusDays(1).toString(),
                ended.getString("removedOn"),
                "off the list from the end of its 3 years");
        assertFalse(
                SAMR.get("/list-entries/" + renewed).expect(200).json().containsKey("removedOn"),
                "the renewed one stays");
        JsonObject lifted = Api.eventually("the lifted case", () -> caseOf(expiring, "LIFTED"));
        assertEquals(
                due.getJsonNumber("id").longValue(), lifted.getJsonNumber("id").longValue());
    }

    @Test
    void anAgencySeesTheShareItsInformationChecksReachAgainstThreePercent() {
        JsonObject before = SAMR.get("/information-checks").expect(200).json();
        assertEquals("SAMR", before.getString("agency"));
        assertEquals(today().getYear(), before.getInt("year"));
        JsonObject enterprises = row(before, "ENTERPRISE");
        assertTrue(enterprises.getJsonNumber("businesses").longValue() > 0);

        String item = code("SAMR");
        SAMR.post("/inspection-items", """
                {"code": "%s", "name": "企业公示信息抽查 Test item", "legalBasis": "《企业信息公示暂行条例》第十四条",
                 "kind": "KEY", "method": "DOCUMENTARY", "annualCap": 3}
                """.formatted(item)).expect(201);
        // a day of this year, so that its draw counts for this year
        LocalDate thisYear = today().plusDays(7).getYear() == today().getYear() ? today().plusDays(7) : today();
        SAMR.post("/plans", """
                {"name": "IT 公示信息抽查", "agencies": ["SAMR"], "items": ["%s"], "date": "%s", "purpose": "NONSENSE"}
                """.formatted(item, thisYear)).problem(400);
        long plan = SAMR.post("/plans", """
                {"name": "IT 公示信息抽查", "agencies": ["SAMR"], "items": ["%s"], "date": "%s", "purpose": "INFORMATION_CHECK",
                 "ratios": {"A": 500, "B": 500, "C": 500, "D": 500}}
                """.formatted(item, thisYear))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                "INFORMATION_CHECK",
                SAMR.get("/plans/" + plan).expect(200).json().getString("purpose"));
        JsonObject draft = SAMR.get("/information-checks").expect(200).json();
        assertEquals(before.getInt("plans"), draft.getInt("plans"), "a draft checks nobody");

        SAMR.post("/plans/" + plan + "/publication", "").expect(200);
        JsonObject published = SAMR.get("/information-checks").expect(200).json();
        assertEquals(before.getInt("plans") + 1, published.getInt("plans"));
        // 5 % of every grade is expected from its draw (or, if the scheduler drew it already, checked)
        assertTrue(reach(published) > reach(before), before + " then " + published);
        JsonObject row = row(published, "ENTERPRISE");
        boolean below =
                reach(published) * 100 < 3 * row.getJsonNumber("businesses").longValue();
        assertEquals(below, row.getBoolean("belowMinimum"));
        assertEquals(
                below,
                published.getJsonArray("belowMinimum").stream()
                        .anyMatch(v -> v.toString().contains("ENTERPRISE")));
        AUDITOR.get("/information-checks").problem(400); // an auditor has no agency of their own: names one
        assertEquals(
                "CAC",
                AUDITOR.get("/information-checks?agency=CAC").expect(200).json().getString("agency"));
    }

    /** Enterprises checked this year and still expected to be. */
    private static long reach(JsonObject coverage) {
        JsonObject row = row(coverage, "ENTERPRISE");
        return row.getJsonNumber("checked").longValue()
                + row.getJsonNumber("planned").longValue();
    }

    private static JsonObject row(JsonObject coverage, String type) {
        return coverage.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> type.equals(r.getString("entityType")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(coverage));
    }

    private static String business() {
        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        return uscc;
    }

    /** Puts the business on SAMR's serious list on that day (a system administrator backdates). */
    private static long list(String uscc, LocalDate on) {
        return ADMIN.post("/list-entries", """
                {"uscc": "%s", "list": "SERIOUS_ILLEGAL", "agency": "SAMR", "reason": "虚假宣传情节严重", "listedOn": "%s"}
                """.formatted(uscc, on))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject caseOf(String uscc, String status) {
        return SAMR.get("/measure-cases?size=100&status=" + status).expect(200).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> uscc.equals(c.getString("uscc")) && SERIOUS_MEASURE.equals(c.getString("measure")))
                .findFirst()
                .orElse(null);
    }

    private static Set<String> fields(JsonObject problem) {
        Set<String> fields = new HashSet<>();
        problem.getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        return fields;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
