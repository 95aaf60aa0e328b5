package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Record intake, the records' life cycle, the lists and the change log, black box against the EAR. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class RecordsApiIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api CAC = Api.as("cac-admin");

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    private static String newBusiness() {
        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        return uscc;
    }

    private static String record(String uscc, String category, String severity, LocalDate decided, String sourceId) {
        // publicity follows the penalty: a MINOR record here is a small fine (public for 3 months), the others larger
        // fines
        String penalty = severity.equals("WARNING")
                ? "\"penaltyType\": \"WARNING\""
                : "\"penaltyType\": \"FINE\", \"penaltyAmount\": " + (severity.equals("MINOR") ? 2000 : 5000);
        return """
                {"uscc": "%s", "category": "%s", "severity": "%s", "decisionNumber": "市监罚〔%s〕", "decisionDate": "%s",
                 "legalBasis": "电子商务法第八十一条", %s, "sourceRecordId": "%s"}
                """.formatted(uscc, category, severity, sourceId, decided, penalty, sourceId);
    }

    private static String sourceId() {
        return Api.newShopId();
    }

    private static long lastChange() {
        JsonArray all = (JsonArray) ADMIN.get("/change-log?after=0&limit=1000").structure();
        long last = 0;
        long after = 0;
        while (!all.isEmpty()) {
            last = all.getJsonObject(all.size() - 1).getJsonNumber("seq").longValue();
            after = last;
            all = (JsonArray)
                    ADMIN.get("/change-log?after=" + after + "&limit=1000").structure();
        }
        return last;
    }

    /**
     * The business's own changes after a position: not the joint measures that follow from them, which
     * the measures job appends whenever it next runs.
     */
    private static List<String> changesOf(String uscc, long after) {
        JsonArray changes = (JsonArray) Api.as("auditor")
                .get("/change-log?after=" + after + "&limit=1000")
                .expect(200)
                .structure();
        return changes.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("uscc").equals(uscc))
                .map(c -> c.getString("kind"))
                .filter(kind -> !kind.startsWith("MEASURE_"))
                .toList();
    }

    @Test
    void aRecordIsCreatedOnceAResendIsUnchangedAndOtherContentIsAConflict() {
        String uscc = newBusiness();
        String id = sourceId();
        long before = lastChange();
        String body = record(uscc, "FALSE_ADVERTISING", "ORDINARY", today().minusDays(10), id);

        Api.Reply created = SAMR.post("/records", body).expect(201);
        JsonObject record = created.json();
        assertEquals("SAMR", record.getString("agency"));
        assertEquals(today().minusDays(10).plusMonths(36).toString(), record.getString("publicityEnd"));
        assertTrue(created.header("Location").endsWith("/records/" + record.getJsonNumber("id")));

        Api.Reply resent = SAMR.post("/records", body).expect(200);
        assertEquals("unchanged", resent.header("Credence-Intake"));
        assertEquals(record.getJsonNumber("id"), resent.json().getJsonNumber("id"));

        SAMR.post("/records", body.replace("\"ORDINARY\"", "\"HEAVY\"")).problem(409);
        assertEquals(
                List.of("RECORD_ADDED"), changesOf(uscc, before), "one change for one new record, none for a resend");
    }

    @Test
    void eachFieldIsValidatedWithAClearMessage() {
        String uscc = newBusiness();
        assertEquals(
                Set.of("decisionDate"),
                fields(SAMR.post(
                                "/records",
                                record(uscc, "FALSE_ADVERTISING", "ORDINARY", today().plusDays(2), sourceId()))
                        .problem(400)));
        assertEquals(
                Set.of("category"),
                fields(SAMR.post("/records", record(uscc, "NO_SUCH_THING", "ORDINARY", today(), sourceId()))
                        .problem(400)));
        assertEquals(
                Set.of("category"),
                fields(SAMR.post("/records", record(uscc, "TELECOM_FRAUD", "SERIOUS", today(), sourceId()))
                        .problem(400)),
                "SAMR may not report telecom fraud");
        JsonObject unknown = SAMR.post(
                        "/records", record(Api.newUscc(), "FALSE_ADVERTISING", "ORDINARY", today(), sourceId()))
                .problem(400);
        assertTrue(unknown.getJsonArray("errors")
                .getJsonObject(0)
                .getString("message")
                .contains("is registered"));
        assertEquals(
                Set.of("severity"),
                fields(SAMR.post("/records", record(uscc, "FALSE_ADVERTISING", "GRAVE", today(), sourceId()))
                        .problem(400)));
    }

    @Test
    void aRefusalIsWrittenInTheLanguageTheClientAccepts() {
        String body = record(newBusiness(), "FALSE_ADVERTISING", "GRAVE", today().plusDays(2), sourceId());
        JsonObject english = SAMR.post("/records", body).problem(400);
        Api.Reply answer =
                SAMR.with("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").post("/records", body);
        JsonObject chinese = answer.problem(400);
        assertEquals("zh-CN", answer.header("Content-Language"));
        JsonObject fallback =
                SAMR.with("Accept-Language", "fr-FR").post("/records", body).problem(400);
        assertEquals(english.getString("type"), chinese.getString("type"));
        assertEquals(400, chinese.getInt("status"));
        assertEquals(Set.of("severity", "decisionDate"), fields(english));
        assertEquals(fields(english), fields(chinese));

        assertEquals("The request is not valid", english.getString("title"));
        assertEquals("2 fields are invalid.", english.getString("detail"));
        assertEquals("must be one of warning, minor, ordinary, heavy, serious", message(english, "severity"));
        assertEquals(
                "is in the future (" + today().plusDays(2) + " is after " + today() + ")",
                message(english, "decisionDate"));
        assertEquals(
                english.toString(), fallback.toString(), "a language Credence does not speak is answered in English");

        assertEquals("请求无效", chinese.getString("title"));
        assertEquals("2 个字段无效。", chinese.getString("detail"));
        assertEquals("应为以下之一：警告、轻微、一般、较重、严重", message(chinese, "severity"));
        java.time.format.DateTimeFormatter written = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");
        assertEquals(
                "晚于今天（" + written.format(today().plusDays(2)) + " 在 " + written.format(today()) + " 之后）",
                message(chinese, "decisionDate"));

        JsonObject missing =
                SAMR.with("Accept-Language", "zh").get("/records/999999999").problem(404);
        assertEquals("未找到", missing.getString("title"));
        assertEquals("没有信用记录 999999999。", missing.getString("detail"));
    }

    @Test
    void anAgencyAdministratorSubmitsOnlyAsItsOwnAgency() {
        String uscc = newBusiness();
        String asSamr = record(uscc, "FALSE_ADVERTISING", "ORDINARY", today(), sourceId())
                .replace("{\"uscc\"", "{\"agency\": \"SAMR\", \"uscc\"");
        assertEquals(Set.of("agency"), fields(CAC.post("/records", asSamr).problem(400)));
        ADMIN.post("/records", record(uscc, "FALSE_ADVERTISING", "ORDINARY", today(), sourceId()))
                .problem(400);
        ADMIN.post("/records", asSamr).expect(201);
        Api.as("inspector").post("/records", asSamr).problem(403);
    }

    @Test
    void aBatchIsAllOrNothingListsEveryBadRowAndCanBeDryRun() {
        String uscc = newBusiness();
        long before = lastChange();
        String good = record(uscc, "FALSE_ADVERTISING", "MINOR", today().minusDays(1), sourceId());
        String badDate = record(uscc, "FALSE_ADVERTISING", "MINOR", today().plusDays(5), sourceId());
        String badCategory = record(uscc, "NOPE", "MINOR", today(), sourceId());

        JsonObject refused = SAMR.post("/records/batch", "[" + good + "," + badDate + "," + badCategory + "]")
                .problem(400);
        assertEquals(Set.of("1:decisionDate", "2:category"), rowErrors(refused));
        assertEquals(0, records(uscc).getInt("total"), "nothing of a refused batch is written");

        JsonObject dry = SAMR.post("/records/batch?dryRun=true", "[" + good + "]")
                .expect(200)
                .json();
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals(1, dry.getInt("created"));
        assertEquals(0, records(uscc).getInt("total"), "a dry run writes nothing");

        JsonObject written =
                SAMR.post("/records/batch", "[" + good + "]").expect(200).json();
        assertEquals(1, written.getInt("created"));
        assertEquals(1, records(uscc).getInt("total"));
        JsonObject again =
                SAMR.post("/records/batch", "[" + good + "]").expect(200).json();
        assertEquals(1, again.getInt("unchanged"));
        assertEquals(List.of("RECORD_ADDED"), changesOf(uscc, before));

        String another = record(uscc, "FAKE_PRICE_PROMOTION", "MINOR", today().minusDays(1), sourceId());
        JsonObject partial = SAMR.post("/records/batch?allOrNothing=false", "[" + badDate + "," + another + "]")
                .expect(200)
                .json();
        assertEquals(1, partial.getInt("created"));
        assertEquals(1, partial.getInt("errorCount"));
        assertEquals(0, partial.getJsonArray("errors").getJsonObject(0).getInt("row"));
        assertEquals(JsonValue.NULL, partial.getJsonArray("recordIds").get(0), "ids line up with the rows");
        assertEquals(2, records(uscc).getInt("total"), "with all-or-nothing off the good rows are stored");
        assertEquals(List.of("RECORD_ADDED", "RECORD_ADDED"), changesOf(uscc, before));
        assertEquals(
                Set.of("1:sourceRecordId"),
                rowErrors(SAMR.post(
                                "/records/batch",
                                "[" + badDate.replace(today().plusDays(5).toString(), today().toString()) + ","
                                        + badDate.replace(today().plusDays(5).toString(), today().toString()) + "]")
                        .problem(400)),
                "the same record twice in one batch");
        assertEquals(
                Set.of("1:decisionDate", "2:category"),
                rowErrors(SAMR.post("/records/batch?dryRun=true", "[" + good + "," + badDate + "," + badCategory + "]")
                        .problem(400)),
                "a dry run reports bad rows too");
        SAMR.post("/records/batch?dryRun=maybe", "[" + good + "]").problem(400);
    }

    @Test
    void aCsvFileIsTakenInWholeAndItsBadRowsAreReportedByLine() {
        String uscc = newBusiness();
        long before = lastChange();
        String header =
                "uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,penaltyAmount,sourceRecordId\n";
        String row1 = uscc + ",SAMR,PRODUCT_QUALITY,ORDINARY,质检〔1〕," + today().minusDays(3)
                + ",\"产品质量法第四十九条, 第一款\",FINE,1200.50," + sourceId() + "\n";
        String row2 = uscc + ",,FAKE_PRICE_PROMOTION,MINOR,价〔2〕," + today().minusDays(2)
                + ",价格法第十四条,NOTICE_OF_CRITICISM,," + sourceId() + "\n";
        String bad = uscc + ",,FAKE_PRICE_PROMOTION,MINOR,价〔3〕,yesterday,价格法第十四条,,," + sourceId() + "\n";

        JsonObject refused = csv(header + row1 + bad + row2).problem(400);
        assertEquals(Set.of("3:decisionDate"), rowErrors(refused));
        assertEquals(0, records(uscc).getInt("total"));

        JsonObject report = csv(header + row1 + row2).expect(200).json();
        assertEquals(2, report.getInt("created"));
        assertEquals(2, records(uscc).getInt("total"));
        assertEquals(List.of("RECORD_ADDED", "RECORD_ADDED"), changesOf(uscc, before));
        csv("uscc,name\n" + uscc + ",x\n").problem(400);
        csv(header + uscc + ",\"unclosed\n").problem(400);
    }

    @Test
    void aRecordRepeatedInALaterChunkIsFoundInARealRunAndInADryRun() {
        String uscc = newBusiness();
        StringBuilder file = new StringBuilder(
                "uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,penaltyAmount,sourceRecordId\n");
        String first = sourceId();
        for (int i = 0; i < 5001; i++) {
            String id = i == 0 || i == 5000 ? first : first + "-" + i;
            file.append(uscc)
                    .append(",SAMR,CONSUMER_DISPUTES,MINOR,纠纷〔")
                    .append(i)
                    .append("〕,")
                    .append(today().minusDays(1))
                    .append(",消费者权益保护法,NOTICE_OF_CRITICISM,,")
                    .append(id)
                    .append('\n');
        }
        long before = lastChange();
        JsonObject refused = csv(file.toString()).problem(400);
        assertEquals(Set.of("5002:sourceRecordId"), rowErrors(refused), "line 5002 repeats line 2's record");
        assertEquals(0, records(uscc).getInt("total"), "the first chunk, already written, was rolled back");
        assertEquals(List.of(), changesOf(uscc, before));
        JsonObject dry = SAMR.send(SAMR.request("/records/csv?dryRun=true")
                        .header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(file.toString())))
                .problem(400);
        assertEquals(Set.of("5002:sourceRecordId"), rowErrors(dry), "a dry run finds what the real run finds");
        assertEquals(0, records(uscc).getInt("total"));
    }

    @Test
    void theDecidingAgencyRevokesAtOnce() {
        String uscc = newBusiness();
        long id = SAMR.post("/records", record(uscc, "FALSE_ADVERTISING", "ORDINARY", today(), sourceId()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        long before = lastChange();
        CAC.post("/records/" + id + "/revocation", "{\"reason\": \"not ours\"}").problem(403);
        SAMR.post("/records/" + id + "/revocation", "{}").problem(400);
        JsonObject revoked = SAMR.post("/records/" + id + "/revocation", "{\"reason\": \"行政复议撤销\"}")
                .expect(200)
                .json();
        assertEquals("REVOKED", revoked.getString("status"));
        assertEquals(today().toString(), revoked.getString("statusDate"));
        SAMR.post("/records/" + id + "/revocation", "{\"reason\": \"again\"}").problem(409);
        assertEquals(List.of("RECORD_REVOKED"), changesOf(uscc, before));
        assertEquals(1, records(uscc, "&status=REVOKED").getInt("total"));
    }

    @Test
    void creditRepairWaitsForItsPeriodAndIsDecidedByTheDecidingAgency() {
        String uscc = newBusiness();
        String repair = "{\"commitment\": \"本企业承诺守法经营\", \"fulfilment\": \"罚款已缴纳，已整改\"}";
        long recent = SAMR.post(
                        "/records", record(uscc, "FALSE_ADVERTISING", "ORDINARY", today().minusMonths(2), sourceId()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        String tooEarly = SAMR.post("/records/" + recent + "/repair-applications", repair)
                .problem(422)
                .getString("detail");
        assertTrue(tooEarly.contains("6 months"), tooEarly);

        long drugs = SAMR.post("/records", record(uscc, "DRUG_SALES", "HEAVY", today().minusMonths(8), sourceId()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        assertTrue(SAMR.post("/records/" + drugs + "/repair-applications", repair)
                .problem(422)
                .getString("detail")
                .contains("1 year"));

        long serious = ADMIN.post(
                        "/records",
                        record(uscc, "FALSE_ADVERTISING", "SERIOUS", today().minusMonths(8), sourceId())
                                .replace("{\"uscc\"", "{\"agency\": \"SAMR\", \"uscc\""))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        SAMR.post("/records/" + serious + "/repair-applications", repair).problem(422);

        long old = SAMR.post(
                        "/records", record(uscc, "FALSE_ADVERTISING", "ORDINARY", today().minusMonths(8), sourceId()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        long before = lastChange();
        JsonObject application = SAMR.post("/records/" + old + "/repair-applications", repair)
                .expect(201)
                .json();
        long applicationId = application.getJsonNumber("id").longValue();
        assertEquals("PENDING", application.getString("decision"));
        SAMR.post("/records/" + old + "/repair-applications", repair).problem(409);
        CAC.post("/repair-applications/" + applicationId + "/decision", "{\"approve\": true}")
                .problem(403);
        SAMR.post("/repair-applications/" + applicationId + "/decision", "{\"approve\": false}")
                .problem(400);
        JsonObject approved = SAMR.post("/repair-applications/" + applicationId + "/decision", "{\"approve\": true}")
                .expect(200)
                .json();
        assertEquals("APPROVED", approved.getString("decision"));
        assertEquals("REPAIRED", SAMR.get("/records/" + old).json().getString("status"));
        SAMR.post("/repair-applications/" + applicationId + "/decision", "{\"approve\": true}")
                .problem(409);
        assertEquals(List.of("RECORD_REPAIRED"), changesOf(uscc, before));
    }

    @Test
    void recordsInPublicityOnADateLeaveOutEndedOnes() {
        String uscc = newBusiness();
        LocalDate decided = LocalDate.of(2019, 1, 31);
        long minor = SAMR.post("/records", record(uscc, "FALSE_ADVERTISING", "MINOR", decided, sourceId()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        long warning = SAMR.post("/records", record(uscc, "FALSE_ADVERTISING", "WARNING", decided, sourceId()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(Set.of(minor), publicOn(uscc, "2019-04-29"));
        assertEquals(
                Set.of(),
                publicOn(uscc, "2019-04-30"),
                "MINOR publicity ends 3 months later, on the last day of April");
        assertEquals(Set.of(minor), publicOn(uscc, "2019-02-01"), "a warning is never public");
        assertEquals(Set.of(), publicOn(uscc, "2019-01-30"), "not public before its decision");
        assertTrue(warning > 0);
        SAMR.get("/records?inPublicityOn=someday").problem(400);
    }

    @Test
    void theListsKeepTheirRules() {
        String uscc = newBusiness();
        long before = lastChange();
        String entry = "{\"uscc\": \"%s\", \"list\": \"%s\", \"reason\": \"%s\", \"listedOn\": \"%s\"}";
        SAMR.post("/list-entries", entry.formatted(uscc, "SERIOUS_ILLEGAL", "严重违法", today().minusMonths(6)))
                .problem(400);
        String asSamr = "{\"agency\": \"SAMR\", " + entry.substring(1);
        long serious = ADMIN.post(
                        "/list-entries", asSamr.formatted(uscc, "SERIOUS_ILLEGAL", "严重违法", today().minusMonths(6)))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        SAMR.post("/list-entries", entry.formatted(uscc, "SERIOUS_ILLEGAL", "again", today()))
                .problem(409);
        String early = SAMR.post("/list-entries/" + serious + "/removal", "{\"reason\": \"已整改\"}")
                .problem(422)
                .getString("detail");
        assertTrue(early.contains("1 year"), early);
        CAC.post("/list-entries/" + serious + "/removal", "{\"reason\": \"x\"}").problem(403);

        long abnormal = ADMIN.post(
                        "/list-entries",
                        asSamr.formatted(uscc, "ABNORMAL_OPERATIONS", "通过登记的住所无法联系", today().minusYears(3)))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        assertTrue(!candidateIds().contains(abnormal), "already on the serious list: no candidate");
        String other = newBusiness();
        long longAbnormal = ADMIN.post(
                        "/list-entries", asSamr.formatted(other, "ABNORMAL_OPERATIONS", "未报送年报", today().minusYears(3)))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        long recentAbnormal = ADMIN.post(
                        "/list-entries",
                        asSamr.formatted(
                                newBusiness(),
                                "ABNORMAL_OPERATIONS",
                                "未报送年报",
                                today().minusYears(3).plusDays(1)))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        assertTrue(candidateIds().contains(longAbnormal), "3 years on the abnormal list: a candidate");
        assertTrue(!candidateIds().contains(recentAbnormal), "a day short of 3 years: not yet");
        JsonObject removed = SAMR.post("/list-entries/" + abnormal + "/removal", "{\"reason\": \"已恢复联系\"}")
                .expect(200)
                .json();
        assertEquals(today().toString(), removed.getString("removedOn"));
        SAMR.post("/list-entries/" + abnormal + "/removal", "{\"reason\": \"again\"}")
                .problem(409);
        SAMR.post("/list-entries", entry.formatted(uscc, "ABNORMAL_OPERATIONS", "x", today().plusDays(1)))
                .problem(400);

        assertEquals(List.of("LIST_ENTERED", "LIST_ENTERED", "LIST_REMOVED"), changesOf(uscc, before));
        assertEquals(
                2,
                ((JsonArray) SAMR.get("/businesses/" + uscc + "/list-entries")
                                .expect(200)
                                .structure())
                        .size());
    }

    private static Set<Long> candidateIds() {
        JsonArray candidates = (JsonArray)
                SAMR.get("/list-entries/serious-list-candidates").expect(200).structure();
        return candidates.stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static Api.Reply csv(String body) {
        return SAMR.send(SAMR.request("/records/csv")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject records(String uscc) {
        return records(uscc, "");
    }

    private static JsonObject records(String uscc, String filter) {
        return Api.as("auditor")
                .get("/businesses/" + uscc + "/records?size=100" + filter)
                .expect(200)
                .json();
    }

    private static Set<Long> publicOn(String uscc, String day) {
        return SAMR
                .get("/records?size=100&uscc=" + uscc + "&inPublicityOn=" + day)
                .expect(200)
                .json()
                .getJsonArray("items")
                .stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    private static String message(JsonObject problem, String field) {
        return problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> field.equals(e.getString("field")))
                .map(e -> e.getString("message"))
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> rowErrors(JsonObject problem) {
        return problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getJsonNumber("row") + ":" + e.getString("field"))
                .collect(Collectors.toSet());
    }

    /** Issue 17: a notice of criticism filed as HEAVY is public for 3 months; older records wait for a reclassification. */
    @Test
    void publicityFollowsThePenaltyAndOlderRecordsWaitForAnAdministratorsReclassification() {
        String uscc = newBusiness();
        LocalDate decided = today().minusDays(10);
        String criticism = """
                {"uscc": "%s", "category": "FALSE_ADVERTISING", "severity": "HEAVY", "decisionNumber": "市监罚〔%s〕",
                 "decisionDate": "%s", "legalBasis": "电子商务法第八十一条", "penaltyType": "NOTICE_OF_CRITICISM",
                 "sourceRecordId": "%s"}
                """;
        String id = sourceId();
        JsonObject record = SAMR.post("/records", criticism.formatted(uscc, id, decided, id))
                .expect(201)
                .json();
        assertEquals(
                decided.plusMonths(3).toString(), record.getString("publicityEnd"), "3 months, whatever the severity");
        assertEquals("HEAVY", record.getString("severity"), "the severity stays, for the score");

        // a fine without its amount: both fields named, in the caller's language
        String fine = criticism.replace("\"NOTICE_OF_CRITICISM\"", "\"FINE\"");
        String other = sourceId();
        JsonObject refused = SAMR.with("Accept-Language", "zh-CN")
                .post("/records", fine.formatted(uscc, other, decided, other))
                .problem(400);
        Set<String> fields = new java.util.HashSet<>();
        refused.getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        assertTrue(fields.containsAll(Set.of("penaltyType", "penaltyAmount")), refused.toString());

        // the review lists only records whose stored period the rule would change; a new record is not among them
        long recordId = record.getJsonNumber("id").longValue();
        List<JsonObject> review = SAMR.get("/records/publicity-review?limit=1000")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(review.stream().noneMatch(r -> r.getJsonNumber("id").longValue() == recordId), review.toString());
        assertTrue(
                review.stream()
                        .allMatch(r -> "SAMR".equals(r.getString("agency"))
                                && !r.getString("storedEnd", "").equals(r.getString("newEnd", ""))),
                review.toString());
        SAMR.post("/records/" + recordId + "/publicity-reclassification", "").problem(409);
        CAC.post("/records/" + recordId + "/publicity-reclassification", "").problem(403);
        Api.as("inspector").get("/records/publicity-review").problem(403);
    }
}
