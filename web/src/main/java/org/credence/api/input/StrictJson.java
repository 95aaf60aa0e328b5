package org.credence.api.input;

import jakarta.json.Json;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.credence.platform.FieldError;
import org.credence.platform.InputBounds;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;

/**
 * Reads a JSON request body strictly against the Java type it is bound to, before JSON-B sees it, so
 * that nothing a caller sends is changed silently: a key given twice, a number where text is expected
 * (or text, a list, an object where a number is), a fraction or an out-of-range number where a whole
 * number is expected, a number beyond 10^30, a date outside {@link InputBounds}, text with control or
 * bidirectional characters, each is refused naming the field. Text of nothing but spaces (no-break and
 * ideographic ones too) is passed on as empty, so that the usual "is required" check refuses it.
 * The body is streamed: what is kept is the checked copy handed to JSON-B.
 */
public final class StrictJson {

    /** Fields whose text may run over several lines (a tab, carriage return or line feed are allowed there). */
    static final Set<String> FREE_TEXT = Set.of(
            "notes",
            "reason",
            "fulfilment",
            "commitment",
            "explanation",
            "description",
            "feedback",
            "feedbackReason",
            "usccExceptionReason",
            "text",
            "detail",
            "comment",
            "rectification");

    static final int MAX_DEPTH = 32;

    /** No amount, weight or score is anywhere near this; JSON allows any size, arithmetic on it does not. */
    private static final int MAX_INTEGER_DIGITS = 30;

    private static final int MAX_FRACTION_DIGITS = 30;

    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private enum Kind {
        TEXT,
        INTEGER,
        NUMBER,
        BOOLEAN,
        LIST,
        OBJECT,
        ANY
    }

    private final JsonParser parser;
    private final JsonGenerator out;
    private final LocalDate today;

    private StrictJson(JsonParser parser, JsonGenerator out, LocalDate today) {
        this.parser = parser;
        this.out = out;
        this.today = today;
    }

    /**
     * The body checked against {@code target} and written again for JSON-B, or null when the body is
     * empty. Syntax errors leave as {@link jakarta.json.stream.JsonParsingException}.
     */
    public static byte[] checked(InputStream body, Type target, LocalDate today) {
        try {
            PushbackInputStream in = new PushbackInputStream(body, 1);
            int first = in.read();
            if (first < 0) {
                return null;
            }
            in.unread(first);
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            // JSON is UTF-8 (RFC 8259); a broken byte is refused, not replaced by U+FFFD unseen
            java.io.Reader utf8 = new java.io.InputStreamReader(
                    in,
                    java.nio.charset.StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
            try (JsonParser parser = Json.createParser(utf8);
                    JsonGenerator out = Json.createGenerator(copy)) {
                StrictJson strict = new StrictJson(parser, out, today);
                if (!parser.hasNext()) {
                    return null;
                }
                strict.value(parser.next(), target, "", 0, false);
                if (parser.hasNext()) {
                    parser.next(); // trailing content: the parser refuses it
                }
            }
            return copy.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(JsonParser.Event event, Type type, String path, int depth, boolean multiLine) {
        if (depth > MAX_DEPTH) {
            throw refuse(path, Message.of("input.nested-too-deeply"));
        }
        Class<?> raw = raw(type);
        Kind kind = kindOf(raw);
        switch (event) {
            case START_OBJECT -> {
                if (kind != Kind.OBJECT && kind != Kind.ANY) {
                    throw wrongKind(path, kind);
                }
                object(type, raw, path, depth);
            }
            case START_ARRAY -> {
                if (kind != Kind.LIST && kind != Kind.ANY) {
                    throw wrongKind(path, kind);
                }
                array(type, raw, path, depth);
            }
            case VALUE_STRING -> text(parser.getString(), raw, kind, path, multiLine);
            case VALUE_NUMBER -> number(parser.getBigDecimal(), raw, kind, path);
            case VALUE_TRUE, VALUE_FALSE -> {
                if (kind != Kind.BOOLEAN && kind != Kind.ANY) {
                    throw wrongKind(path, kind);
                }
                out.write(event == JsonParser.Event.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                if (raw.isPrimitive()) {
                    throw refuse(path, Message.of("is-required"));
                }
                out.writeNull();
            }
            default -> throw new IllegalStateException("unexpected " + event);
        }
    }

    private void object(Type type, Class<?> raw, String path, int depth) {
        out.writeStartObject();
        Map<String, Type> properties =
                Map.class.isAssignableFrom(raw) || kindOf(raw) == Kind.ANY ? null : propertiesOf(raw);
        Type valueType = Map.class.isAssignableFrom(raw) ? argument(type, 1) : Object.class;
        Set<String> seen = new HashSet<>();
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
            String key = parser.getString();
            String field = path.isEmpty() ? key : path + "." + key;
            InputBounds.text(key, false).ifPresent(wrong -> {
                throw refuse(path.isEmpty() ? "body" : path, wrong);
            });
            if (!seen.add(key)) {
                throw refuse(field, Message.of("input.duplicate-key"));
            }
            out.writeKey(key);
            Type propertyType = properties == null ? valueType : properties.getOrDefault(key, Object.class);
            value(parser.next(), propertyType, field, depth + 1, FREE_TEXT.contains(key));
        }
        out.writeEnd();
    }

    private void array(Type type, Class<?> raw, String path, int depth) {
        out.writeStartArray();
        Type element = raw.isArray()
                ? raw.getComponentType()
                : type instanceof GenericArrayType generic
                        ? generic.getGenericComponentType()
                        : Collection.class.isAssignableFrom(raw) ? argument(type, 0) : Object.class;
        int index = 0;
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
            value(event, element, path + "[" + index++ + "]", depth + 1, false);
        }
        out.writeEnd();
    }

    private void text(String value, Class<?> raw, Kind kind, String path, boolean multiLine) {
        if (kind != Kind.TEXT && kind != Kind.ANY) {
            throw wrongKind(path, kind);
        }
        InputBounds.text(value, multiLine || kind == Kind.ANY).ifPresent(wrong -> {
            throw refuse(path, wrong);
        });
        if (raw == String.class && InputBounds.isBlank(value)) {
            out.write("");
            return;
        }
        Optional<LocalDate> date = dateOf(raw, value, path);
        date.flatMap(d -> InputBounds.date(d, today)).ifPresent(wrong -> {
            throw refuse(path, wrong);
        });
        out.write(value);
    }

    private static Optional<LocalDate> dateOf(Class<?> raw, String value, String path) {
        try {
            if (raw == LocalDate.class) {
                return Optional.of(LocalDate.parse(value.strip()));
            }
            if (raw == LocalDateTime.class) {
                return Optional.of(LocalDateTime.parse(value.strip()).toLocalDate());
            }
            if (raw == OffsetDateTime.class) {
                return Optional.of(OffsetDateTime.parse(value.strip()).toLocalDate());
            }
        } catch (DateTimeParseException e) {
            throw refuse(path, Message.of("must-be-a-date-like"));
        }
        return Optional.empty();
    }

    private void number(BigDecimal value, Class<?> raw, Kind kind, String path) {
        if (kind != Kind.INTEGER && kind != Kind.NUMBER && kind != Kind.ANY) {
            throw wrongKind(path, kind);
        }
        // digits before the point, counted without writing the number out (1e999999999 stays small)
        long integerDigits = (long) value.precision() - value.scale();
        if (kind == Kind.INTEGER) {
            BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            if (stripped.scale() > 0) {
                throw refuse(path, Message.of("input.not-a-whole-number"));
            }
            long[] range = rangeOf(raw);
            if (integerDigits > 20
                    || stripped.toBigInteger().compareTo(BigInteger.valueOf(range[0])) < 0
                    || stripped.toBigInteger().compareTo(BigInteger.valueOf(range[1])) > 0) {
                throw refuse(path, Message.of("input.number-out-of-range", range[0], range[1]));
            }
            out.write(stripped.longValueExact());
            return;
        }
        if (value.signum() != 0 && (integerDigits > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS)) {
            throw refuse(path, Message.of("input.number-out-of-range", "-10^30", "10^30"));
        }
        out.write(value);
    }

    private static long[] rangeOf(Class<?> raw) {
        if (raw == byte.class || raw == Byte.class) {
            return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        if (raw == short.class || raw == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        if (raw == int.class || raw == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }

    private static Kind kindOf(Class<?> raw) {
        if (raw == String.class
                || raw == char.class
                || raw == Character.class
                || raw.isEnum()
                || Temporal.class.isAssignableFrom(raw)
                || raw == java.util.UUID.class
                || raw == java.net.URI.class
                || raw == java.time.Duration.class
                || raw == java.time.Period.class) {
            return Kind.TEXT;
        }
        if (raw == int.class
                || raw == Integer.class
                || raw == long.class
                || raw == Long.class
                || raw == short.class
                || raw == Short.class
                || raw == byte.class
                || raw == Byte.class
                || raw == BigInteger.class) {
            return Kind.INTEGER;
        }
        if (raw == BigDecimal.class
                || raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class) {
            return Kind.NUMBER;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return Kind.LIST;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Kind.OBJECT;
        }
        String name = raw.getName();
        if (raw == Object.class || raw.isInterface() || name.startsWith("java.") || name.startsWith("jakarta.")) {
            return Kind.ANY;
        }
        return Kind.OBJECT;
    }

    /** The JSON-B properties of a record or class: its components, or its fields, by name. */
    private static Map<String, Type> propertiesOf(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, t -> {
            Map<String, Type> properties = new LinkedHashMap<>();
            if (t.isRecord()) {
                for (RecordComponent c : t.getRecordComponents()) {
                    if (!c.isAnnotationPresent(JsonbTransient.class)
                            && !c.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                        properties.put(c.getName(), c.getGenericType());
                    }
                }
                return properties;
            }
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m)
                            && !Modifier.isTransient(m)
                            && !f.isAnnotationPresent(JsonbTransient.class)) {
                        properties.putIfAbsent(f.getName(), f.getGenericType());
                    }
                }
            }
            return properties;
        });
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0)
                    .getClass();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static InvalidRequestException wrongKind(String path, Kind expected) {
        return refuse(
                path,
                switch (expected) {
                    case TEXT -> Message.of("input.must-be-text");
                    case INTEGER -> Message.of("input.not-a-whole-number");
                    case NUMBER -> Message.of("input.must-be-a-number");
                    case BOOLEAN -> Message.of("input.must-be-true-or-false");
                    case LIST -> Message.of("input.must-be-a-list");
                    default -> Message.of("input.must-be-an-object");
                });
    }

    /** A refusal naming the field; in a list of rows, the row and the field within it. */
    private static InvalidRequestException refuse(String path, Message message) {
        String field = path.isEmpty() ? "body" : path;
        if (field.startsWith("[")) {
            int close = field.indexOf(']');
            int dot = field.indexOf('.', close);
            long row = Long.parseLong(field.substring(1, close));
            return new InvalidRequestException(
                    java.util.List.of(new FieldError(row, dot < 0 ? "row" : field.substring(dot + 1), message)));
        }
        return new InvalidRequestException(field, message);
    }
}
