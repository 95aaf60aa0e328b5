package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Joint measures end to end: a list entry opens a case, the agency reports back, the removal lifts it. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class MeasuresIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api CAC = Api.as("cac-admin");
    private static final String MEASURE = "SAMR-AL-RESTRICTION";

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    private static JsonObject caseOf(String uscc, String status) {
        return SAMR
                .get("/measure-cases?size=100" + (status == null ? "" : "&status=" + status))
                .expect(200)
                .json()
                .getJsonArray("items")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> uscc.equals(c.getString("uscc")) && MEASURE.equals(c.getString("measure")))
                .findFirst()
                .orElse(null);
    }

    private static Api samrClient() {
        JsonObject registered = ADMIN.post("/clients", "{\"name\": \"SAMR measures desk\", \"agency\": \"SAMR\"}")
                .expect(201)
                .json();
        String id = registered.getString("clientId");
        ADMIN.put(
                        "/clients/" + id + "/agreement",
                        "{\"reference\": \"DSA-M\", \"reads\": [\"LISTS\"], \"models\": [1]}")
                .expect(200);
        return Api.bearer(Api.anonymous()
                        .postForm(
                                "/oauth/token",
                                Map.of(
                                        "grant_type",
                                        "client_credentials",
                                        "client_id",
                                        id,
                                        "client_secret",
                                        registered.getString("secret")))
                        .expect(200)
                        .json()
                        .getString("access_token"))
                .with("Purpose", "joint measures");
    }

    @Test
    void anAbnormalListEntryOpensTheMeasureAndItsRemovalLiftsIt() {
        assertTrue(SAMR.get("/joint-measures").expect(200).structure().asJsonArray().stream()
                .anyMatch(m -> MEASURE.equals(m.asJsonObject().getString("code"))));
        Api client = samrClient();
        long cursor = client.get("/changes?limit=1000")
                .expect(200)
                .json()
                .getJsonNumber("next")
                .longValue();
        while (true) {
            long next = client.get("/changes?after=" + cursor + "&limit=1000")
                    .expect(200)
                    .json()
                    .getJsonNumber("next")
                    .longValue();
            if (next == cursor) {
                break;
            }
            cursor = next;
        }

        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        long entry = SAMR.post(
                        "/list-entries",
                        ("{\"uscc\": \"%s\", \"list\": \"ABNORMAL_OPERATIONS\", \"reason\":"
                                        + " \"通过登记的住所无法联系\", \"listedOn\": \"%s\"}")
                                .formatted(uscc, today()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();

        JsonObject due = Api.eventually("the measure's case", () -> caseOf(uscc, "DUE"));
        long id = due.getJsonNumber("id").longValue();
        long after = cursor;
        JsonObject triggered =
                Api.eventually(
                        "MEASURE_TRIGGERED in the feed",
                        () -> client
                                .get("/changes?after=" + after + "&limit=1000")
                                .expect(200)
                                .json()
                                .getJsonArray("changes")
                                .stream()
                                .map(JsonValue::asJsonObject)
                                .filter(c -> uscc.equals(c.getString("uscc"))
                                        && "MEASURE_TRIGGERED".equals(c.getString("kind")))
                                .findFirst()
                                .orElse(null));
        assertEquals(MEASURE, triggered.getString("measure"));

        CAC.post("/measure-cases/" + id + "/feedback", "{\"outcome\": \"APPLIED\"}")
                .problem(403);
        SAMR.post("/measure-cases/" + id + "/feedback", "{\"outcome\": \"NOT_APPLICABLE\"}")
                .problem(400);
        JsonObject applied = SAMR.post("/measure-cases/" + id + "/feedback", "{\"outcome\": \"APPLIED\"}")
                .expect(200)
                .json();
        assertEquals("APPLIED", applied.getString("feedback"));

        SAMR.post("/list-entries/" + entry + "/removal", "{\"reason\": \"已恢复联系\"}")
                .expect(200);
        JsonObject lifted = Api.eventually("the lifted case", () -> caseOf(uscc, "LIFTED"));
        assertEquals(id, lifted.getJsonNumber("id").longValue());
        SAMR.post("/measure-cases/" + id + "/feedback", "{\"outcome\": \"APPLIED\"}")
                .problem(409);
    }
}
