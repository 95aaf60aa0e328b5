package org.credence.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.credence.audit.control.AuditLog;
import org.credence.business.entity.BusinessStatus;
import org.credence.business.entity.EntityType;
import org.credence.credit.control.Veto;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.EvidenceType;
import org.credence.inspection.entity.DrawMode;
import org.credence.sharing.boundary.Subscriptions;
import org.credence.sharing.control.MeasureStore;
import org.credence.validation.control.PopulationStability;
import org.credence.validation.control.ValidationReport;
import org.credence.violation.entity.ListType;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enumerations the document spells out by hand (a field whose Java type is a string, in a package
 * that does not import the enumeration it holds) list the constants of that enumeration, in its order.
 * Reads the document the build wrote (web/pom.xml, before the tests run).
 */
class DocumentedEnumerationsTest {

    private static JsonObject schemas;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = DocumentedEnumerationsTest.class.getResourceAsStream("/META-INF/openapi.json")) {
            assertNotNull(in, "the build writes META-INF/openapi.json before the tests");
            try (JsonReader reader = Json.createReader(in)) {
                schemas = reader.readObject().getJsonObject("components").getJsonObject("schemas");
            }
        }
    }

    private static List<String> documented(String schema, String property) {
        JsonObject field =
                schemas.getJsonObject(schema).getJsonObject("properties").getJsonObject(property);
        return field.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static List<String> names(Enum<?>[] constants) {
        return Stream.of(constants).map(Enum::name).toList();
    }

    @Test
    void businessesAndRecords() {
        assertEquals(names(EntityType.values()), documented("ProfileView", "entityType"));
        assertEquals(names(EntityType.values()), documented("Row", "entityType"));
        assertEquals(names(BusinessStatus.values()), documented("ProfileView", "status"));
        assertEquals(names(PenaltyType.values()), documented("Penalty", "penaltyType"));
        assertEquals(names(ListType.values()), documented("ListMembership", "list"));
        assertEquals(names(ListType.values()), documented("PublicListMembership", "list"));
    }

    @Test
    void creditAndValidation() {
        assertEquals(names(Polarity.values()), documented("Indicator", "polarity"));
        assertEquals(names(Polarity.values()), documented("IndicatorDefinition", "polarity"));
        assertEquals(names(Veto.values()), documented("Veto", "code"));
        assertEquals(names(Grade.values()), documented("CreditView", "thresholdGrade"));
        assertEquals(names(Grade.values()), documented("InversionView", "better"));
        assertEquals(names(ValidationReport.Coverage.values()), documented("GradeView", "coverage"));
        assertEquals(names(PopulationStability.Band.values()), documented("ShiftView", "band"));
    }

    @Test
    void inspectionsAndSharing() {
        assertEquals(names(DrawMode.values()), documented("PlanView", "mode"));
        assertEquals(names(DrawMode.values()), documented("PublicPlanView", "mode"));
        assertEquals(
                Stream.of(EvidenceType.values()).map(EvidenceType::mediaType).toList(),
                documented("EvidenceFile", "contentType"));
        assertEquals(names(AuditLog.ActorKind.values()), documented("EntryView", "actorKind"));
        assertEquals(names(MeasureStore.Outcome.values()), documented("CaseView", "feedback"));
        assertEquals(names(MeasureStore.Outcome.values()), documented("FeedbackRequest", "outcome"));
        // the feed and the webhooks carry the kinds a subscription may ask for
        assertEquals(Subscriptions.subscribable(), documented("FeedItem", "kind"));
        assertEquals(Subscriptions.subscribable(), documented("Delivery", "kind"));
    }
}
