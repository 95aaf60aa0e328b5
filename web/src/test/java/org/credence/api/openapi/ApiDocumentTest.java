package org.credence.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ApiDocumentTest {

    private static Operation operation(String id) {
        return OASFactory.createOperation()
                .operationId(id)
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }

    private static OpenAPI document(String path, Operation get) {
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(path, OASFactory.createPathItem().GET(get)));
    }

    @Test
    void anOperationIsNamedAndTaggedAfterItsResourceWithoutTheJavaClassName() {
        Operation find = operation("InspectionItemsResource_find");
        OpenAPI api = document("/api/v1/inspection-items/{code}", find);
        new ApiDocument().filterOpenAPI(api);
        assertEquals("inspectionItemsFind", find.getOperationId());
        assertEquals(List.of("Inspection Items"), find.getTags());
        assertEquals(
                List.of("Inspection Items"),
                api.getTags().stream().map(t -> t.getName()).toList());
    }

    @Test
    void anIdGivenByHandStays() {
        Operation verify = operation("auditVerifyCheckpoint");
        new ApiDocument().filterOpenAPI(document("/api/v1/audit/checkpoints/verification", verify));
        assertEquals("auditVerifyCheckpoint", verify.getOperationId());
        assertNull(verify.getTags());
    }

    @Test
    void aSignedInOperationWithInputOnANamedThingGetsEveryProblemResponse() {
        Operation find = operation("BusinessesResource_find")
                .parameters(List.of(OASFactory.createParameter()
                        .name("uscc")
                        .in(Parameter.In.PATH)
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))));
        new ApiDocument().filterOpenAPI(document("/api/v1/businesses/{uscc}", find));
        Map<String, String> refs = new TreeMap<>();
        find.getResponses()
                .getAPIResponses()
                .forEach((status, response) -> refs.put(status, response.getRef() == null ? "" : response.getRef()));
        assertEquals(
                Map.of(
                        "200",
                        "",
                        "400",
                        "#/components/responses/BadRequest",
                        "401",
                        "#/components/responses/Unauthenticated",
                        "403",
                        "#/components/responses/Forbidden",
                        "404",
                        "#/components/responses/NotFound",
                        "default",
                        "#/components/responses/OtherError"),
                refs);
    }

    @Test
    void anOpenOperationWithoutInputGetsOnlyTheDefaultProblemAndNoSecurity() {
        Operation plans = operation("PublicInspectionsResource_plans").security(List.of());
        new ApiDocument().filterOpenAPI(document("/api/v1/public/plans", plans));
        assertEquals(
                List.of("200", "default"),
                List.copyOf(new TreeSet<>(plans.getResponses().getAPIResponses().keySet())));
        assertNull(plans.getSecurity(), "the server leaves an empty list out when it serves the document");
    }

    @Test
    void anOperationWithoutRequirementsTakesBasicAndOneWithItsOwnKeepsThem() {
        Operation find = operation("BusinessesResource_find");
        Operation lookup = operation("CreditResource_lookup")
                .security(List.of(
                        OASFactory.createSecurityRequirement().addScheme(ApiDocument.BASIC),
                        OASFactory.createSecurityRequirement().addScheme(ApiDocument.AGENCY_SYSTEM)));
        OpenAPI api = document("/api/v1/businesses/{uscc}", find);
        api.getPaths()
                .addPathItem(
                        "/api/v1/credit/lookup", OASFactory.createPathItem().POST(lookup));
        new ApiDocument().filterOpenAPI(api);
        assertEquals(
                List.of(Map.of(ApiDocument.BASIC, List.of())),
                find.getSecurity().stream().map(r -> r.getSchemes()).toList());
        assertEquals(2, lookup.getSecurity().size());
    }

    @Test
    void queryParametersTakenAsTextAreDescribedByWhatTheyHold() {
        Operation list = operation("RecordsResource_inPublicity")
                .parameters(List.of(query("page"), query("inPublicityOn"), query("dryRun"), query("uscc")));
        new ApiDocument().filterOpenAPI(document("/api/v1/records", list));
        Map<String, String> types = new LinkedHashMap<>();
        list.getParameters()
                .forEach(p -> types.put(
                        p.getName(),
                        p.getSchema().getType() + " " + p.getSchema().getFormat()));
        assertEquals(
                Map.of(
                        "page",
                        "integer int32",
                        "inPublicityOn",
                        "string date",
                        "dryRun",
                        "boolean null",
                        "uscc",
                        "string null"),
                types);
    }
}
