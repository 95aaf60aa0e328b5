package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document as the server serves it at /openapi, to anyone: exactly the document the build
 * made from the code (so the client generated from that file, ApiClientIT's, is a client of the served
 * API), and describing the bodies, enumerations, dates and problems. The served document is written to
 * target/openapi for the lint (tools/openapi-lint, run by .ci/run).
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class OpenApiIT {

    private static final String BUILT = "WEB-INF/classes/META-INF/openapi.json";

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    @Test
    void theServedDocumentIsTheBuiltOneAndAnyoneMayReadIt() throws IOException {
        Api.Reply yaml = Api.anonymous().get(Api.BASE + "/openapi").expect(200);
        Api.Reply json = Api.anonymous()
                .send(Api.anonymous()
                        .request(Api.BASE + "/openapi")
                        .header("Accept", "application/json")
                        .GET())
                .expect(200);
        Path folder = Path.of(System.getProperty("credence.openapi"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("served.yaml"), yaml.response().body(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("served.json"), json.response().body(), StandardCharsets.UTF_8);

        JsonObject served = json.json();
        assertEquals(
                "http://localhost:8080/credence",
                served.getJsonArray("servers").getJsonObject(0).getString("url"),
                "the server adds where it answers");
        JsonObject built = built();
        for (String key : built.keySet()) {
            assertEquals(built.get(key), served.get(key), "the served document's " + key + " is the built one's");
        }
        // the server adds where it answers, and its own list of paths by context root (not OpenAPI: the lint
        // makes that one exception, tools/openapi-lint/.spectral.yaml)
        assertEquals(
                Set.of("servers", "endpoints"),
                served.keySet().stream().filter(k -> !built.containsKey(k)).collect(Collectors.toSet()),
                "nothing else added");
    }

    @Test
    void bodiesEnumerationsDatesProblemsAndBothWaysOfSigningInAreDescribed() {
        JsonObject api = Api.anonymous()
                .send(Api.anonymous()
                        .request(Api.BASE + "/openapi")
                        .header("Accept", "application/json")
                        .GET())
                .expect(200)
                .json();
        JsonObject schemas = api.getJsonObject("components").getJsonObject("schemas");

        JsonObject register = operation(api, "/api/v1/businesses", "post");
        assertEquals(
                "#/components/schemas/BusinessDescription",
                register.getJsonObject("requestBody")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("$ref"));
        assertEquals(
                "#/components/schemas/BusinessView",
                register.getJsonObject("responses")
                        .getJsonObject("201")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("$ref"));
        assertEquals(
                List.of("ENTERPRISE", "INDIVIDUAL_BUSINESS", "FARMERS_COOPERATIVE", "OTHER"),
                strings(schemas.getJsonObject("EntityType")),
                "an enumeration lists its values");
        assertEquals(
                "date",
                schemas.getJsonObject("RecordSubmission")
                        .getJsonObject("properties")
                        .getJsonObject("decisionDate")
                        .getString("format"));
        assertEquals(
                "#/components/schemas/UtcDateTime",
                schemas.getJsonObject("BusinessView")
                        .getJsonObject("properties")
                        .getJsonObject("createdAt")
                        .getString("$ref"),
                "times are UTC without an offset, not RFC 3339 date-times");

        assertEquals(
                "#/components/responses/BadRequest",
                register.getJsonObject("responses").getJsonObject("400").getString("$ref"));
        assertTrue(api.getJsonObject("components")
                .getJsonObject("responses")
                .getJsonObject("BadRequest")
                .getJsonObject("content")
                .containsKey("application/problem+json"));
        assertEquals(
                List.of("type", "title", "status", "detail"),
                schemas.getJsonObject("Problem").getJsonArray("required").getValuesAs(JsonValue::toString).stream()
                        .map(s -> s.replace("\"", ""))
                        .toList());

        JsonObject schemes = api.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertEquals("bearer", schemes.getJsonObject("agencySystem").getString("scheme"));
        assertEquals(
                List.of("{\"basic\":[]}", "{\"agencySystem\":[]}"),
                operation(api, "/api/v1/credit/lookup", "post").getJsonArray("security").stream()
                        .map(JsonValue::toString)
                        .toList(),
                "a credit lookup takes Basic or a Bearer token");
        assertEquals(
                List.of("{\"basic\":[]}"),
                operation(api, "/api/v1/businesses", "post").getJsonArray("security").stream()
                        .map(JsonValue::toString)
                        .toList(),
                "registering a business takes a person's Basic");
        assertFalse(
                operation(api, "/api/v1/public/businesses/{uscc}", "get").containsKey("security"),
                "the public profile needs no sign-in");
        assertFalse(api.containsKey("security"), "every operation says how to sign in, none inherits it");

        JsonObject bare = Json.createObjectBuilder().add("type", "object").build();
        api.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
                    JsonObject body = op.asJsonObject().getJsonObject("requestBody");
                    if (body != null) {
                        body.getJsonObject("content")
                                .forEach((type, media) -> assertFalse(
                                        media.asJsonObject()
                                                .getJsonObject("schema")
                                                .equals(bare),
                                        method + " " + path + " takes a bare object"));
                    }
                }));
    }

    private static JsonObject operation(JsonObject api, String path, String method) {
        return api.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
    }

    private static List<String> strings(JsonObject schema) {
        return schema.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    /** The document the build put into the web module, read from the EAR that is deployed. */
    private static JsonObject built() {
        try (ZipFile ear = new ZipFile(System.getProperty("credence.ear"))) {
            ZipEntry war = ear.getEntry("credence-web.war");
            try (InputStream in = ear.getInputStream(war);
                    ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    if (entry.getName().equals(BUILT)) {
                        return Json.createReader(new java.io.StringReader(
                                        new String(entries.readAllBytes(), StandardCharsets.UTF_8)))
                                .readObject();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the web module holds no " + BUILT);
    }
}
