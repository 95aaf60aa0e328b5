package org.credence.api.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.credence.inspection.boundary.ItemRequest;
import org.credence.inspection.boundary.PlanRequest;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.violation.entity.RecordSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    /** A request type with one property of each kind the API takes. */
    record Sample(
            String name,
            String notes,
            int count,
            Integer basisPoints,
            long total,
            BigDecimal amount,
            Boolean flag,
            LocalDate date,
            List<String> names,
            Map<String, Integer> ratios,
            Nested nested,
            List<Nested> rows) {}

    record Nested(String code, Integer repeatMonths) {}

    private static String checked(String json, Type type) {
        byte[] out = StrictJson.checked(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type, TODAY);
        return out == null ? null : new String(out, StandardCharsets.UTF_8);
    }

    private static FieldError refused(String json, Type type) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> checked(json, type));
        assertEquals(1, e.errors().size());
        return e.errors().get(0);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"basisPoints\": 4294967301}               | basisPoints  | input.number-out-of-range",
                "{\"count\": 1.5}                             | count        | input.not-a-whole-number",
                "{\"count\": \"7\"}                           | count        | input.not-a-whole-number",
                "{\"count\": null}                            | count        | is-required",
                "{\"total\": 1180591620717411303424}          | total        | input.number-out-of-range",
                "{\"total\": 1e999999999}                     | total        | input.number-out-of-range",
                "{\"amount\": 1e400}                          | amount       | input.number-out-of-range",
                "{\"amount\": \"12\"}                         | amount       | input.must-be-a-number",
                "{\"name\": 12}                               | name         | input.must-be-text",
                "{\"name\": true}                             | name         | input.must-be-text",
                "{\"name\": [\"a\"]}                          | name         | input.must-be-text",
                "{\"flag\": \"yes\"}                          | flag         | input.must-be-true-or-false",
                "{\"flag\": 1}                                | flag         | input.must-be-true-or-false",
                "{\"names\": \"a\"}                           | names        | input.must-be-a-list",
                "{\"names\": [\"a\", 3]}                      | names[1]     | input.must-be-text",
                "{\"ratios\": {\"A\": 2.5}}                   | ratios.A     | input.not-a-whole-number",
                "{\"nested\": 5}                              | nested       | input.must-be-an-object",
                "{\"nested\": {\"repeatMonths\": 1180591620717411303424}} | nested.repeatMonths | input.number-out-of-range",
                "{\"name\": \"a\", \"name\": \"b\"}           | name         | input.duplicate-key",
                "{\"nested\": {\"code\": \"a\", \"code\": \"a\"}} | nested.code | input.duplicate-key",
                "{\"name\": \"a\\u0000b\"}                    | name         | input.control-characters",
                "{\"name\": \"a\\u001bb\"}                    | name         | input.control-characters",
                "{\"name\": \"a\\nb\"}                        | name         | input.control-characters",
                "{\"name\": \"abc\\u202Efdp.exe\"}            | name         | input.bidi-controls",
                "{\"notes\": \"a\\u2067b\"}                   | notes        | input.bidi-controls",
                "{\"date\": \"-999999999-01-01\"}             | date         | input.date-too-early",
                "{\"date\": \"1949-09-30\"}                   | date         | input.date-too-early",
                "{\"date\": \"2036-12-05\"}                   | date         | input.date-too-late",
                "{\"date\": \"tomorrow\"}                     | date         | must-be-a-date-like"
            })
    void refusesWhatJsonBWouldChangeSilentlyNamingTheField(String json, String field, String key) {
        FieldError error = refused(json, Sample.class);
        assertEquals(field, error.field());
        assertEquals(key, error.text().key());
    }

    @Test
    void passesGoodValuesOnUnchangedAndSpacesOnlyAsEmpty() {
        String json = "{\"name\":\"\u00A0\u3000 \",\"notes\":\"第一行\\r\\n第二行\",\"count\":3,\"basisPoints\":2147483647,"
                + "\"total\":-9223372036854775808,\"amount\":2000.50,\"flag\":false,\"date\":\"2036-12-04\","
                + "\"names\":[\"甲\",null],\"ratios\":{\"A\":10},\"nested\":{\"code\":\"x\",\"repeatMonths\":12},"
                + "\"unknown\":{\"any\":[1,\"two\",true]},\"count2\":1.0}";
        JsonObject out =
                Json.createReader(new StringReader(checked(json, Sample.class))).readObject();
        assertEquals("", out.getString("name"));
        assertEquals("第一行\r\n第二行", out.getString("notes"));
        assertEquals(2147483647, out.getInt("basisPoints"));
        assertEquals(Long.MIN_VALUE, out.getJsonNumber("total").longValueExact());
        assertEquals(new BigDecimal("2000.50"), out.getJsonNumber("amount").bigDecimalValue());
        assertEquals("2036-12-04", out.getString("date"));
        assertEquals(12, out.getJsonObject("nested").getInt("repeatMonths"));
    }

    @Test
    void aWholeNumberWrittenWithAPointIsTakenAsTheWholeNumber() {
        assertEquals("{\"count\":3}", checked("{\"count\":3.00}", Sample.class));
    }

    @Test
    void aRowOfABatchIsNamedByItsIndex() {
        Type batch = new Object() {
            @SuppressWarnings("unused")
            List<RecordSubmission> field;
        }.getClass().getDeclaredFields()[0].getGenericType();
        FieldError error = refused("[{\"uscc\":\"a\"},{\"uscc\":5}]", batch);
        assertEquals(1L, error.row());
        assertEquals("uscc", error.field());
    }

    @Test
    void theIssuesExamplesAreRefused() {
        assertEquals(
                "maxRatioBasisPoints",
                refused("{\"maxRatioBasisPoints\":4294967301}", ItemRequest.class)
                        .field());
        assertEquals(
                "repeatMonths",
                refused("{\"repeatMonths\":1180591620717411303424}", PlanRequest.class)
                        .field());
        assertEquals(
                "date", refused("{\"date\":\"2999-01-01\"}", PlanRequest.class).field());
        assertEquals(
                "scope.regionPrefixes[0]",
                refused("{\"scope\":{\"regionPrefixes\":[11]}}", PlanRequest.class)
                        .field());
    }

    @Test
    void anEmptyBodyIsNoBodyAndBrokenJsonIsASyntaxError() {
        assertNull(checked("", Sample.class));
        assertThrows(JsonParsingException.class, () -> checked("{\"name\":", Sample.class));
        assertThrows(JsonParsingException.class, () -> checked("{} {}", Sample.class));
        byte[] brokenUtf8 = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, '"', '}'};
        assertThrows(
                jakarta.json.JsonException.class,
                () -> StrictJson.checked(new ByteArrayInputStream(brokenUtf8), Sample.class, TODAY));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertEquals(
                "input.nested-too-deeply",
                refused("{\"unknown\":" + deep + "}", Sample.class).text().key());
    }
}
