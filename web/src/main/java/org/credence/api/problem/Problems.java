package org.credence.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.platform.Message;
import org.credence.platform.Refusals;
import org.credence.platform.jdbc.SqlErrors;

/**
 * Turns any failure into the one problem contract. Known failures keep their meaning; anything
 * unexpected becomes a 500 whose detail carries only an incident id, with the stack trace in the log.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    private static final Pattern ENUM_CONSTANT =
            Pattern.compile("No enum constant (org\\.credence\\.[\\w.$]+)\\.([^.\\s]+)");

    private static final Map<Integer, String> KINDS = Map.of(
            400,
            "bad-request",
            401,
            "unauthenticated",
            403,
            "forbidden",
            404,
            "not-found",
            405,
            "method-not-allowed",
            406,
            "not-acceptable",
            413,
            "payload-too-large",
            415,
            "unsupported-media-type",
            500,
            "internal-error");

    /** The statuses with a title and a detail of their own in the refusals bundles. */
    private static final Set<Integer> DETAILS = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 500);

    private Problems() {}

    /**
     * The language of the answer from an {@code Accept-Language} header: Chinese for {@code zh*}, English
     * otherwise and by default (also when the header cannot be read).
     */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            return Refusals.choose(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    /** The answer marked with the language it is written in, and as depending on the one asked for. */
    public static Response inLanguage(Response response, Locale language) {
        return Response.fromResponse(response)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    public static Problem of(Throwable failure) {
        return of(failure, Locale.ENGLISH);
    }

    /**
     * The failure as the caller is told of it: a statement the database refused beneath a wrapper that Credence did
     * not translate (a commit's at the end of a service call, the entity manager's) becomes the refusal JDBC work
     * gets (409 or 503); any other failure is itself.
     */
    public static Throwable effective(Throwable failure) {
        Throwable t = unwrapped(failure);
        if (t instanceof CredenceException) {
            return t;
        }
        CredenceException refusal = SqlErrors.refusalBeneath(t);
        if (refusal == null) {
            return failure;
        }
        LOG.info(() -> "a database refusal beneath " + t.getClass().getName() + " answered as " + refusal.status());
        return refusal;
    }

    /** The problem for a failure, with title, detail and each error's message in the reader's language. */
    public static Problem of(Throwable failure, Locale locale) {
        Throwable t = unwrapped(effective(failure));
        if (t instanceof CredenceException e) {
            List<FieldError> errors =
                    e.errors().stream().map(error -> error.localized(locale)).toList();
            return new Problem(e.kind(), e.title(locale), e.status(), e.detail(locale), errors);
        }
        if (t instanceof ConstraintViolationException e) {
            return validation(e, locale);
        }
        if (t instanceof EJBAccessException) {
            return forStatus(403, locale);
        }
        if (causeOfType(t, BodyPace.SlowBodyException.class) != null) {
            return forStatus(408, locale);
        }
        PayloadTooLargeException tooLarge = causeOfType(t, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge.limit(), locale);
        }
        if (causeOfType(t, JsonbException.class) != null || causeOfType(t, JsonException.class) != null) {
            return malformedBody(t, locale);
        }
        if (t instanceof WebApplicationException e) {
            return forStatus(e.getResponse().getStatus(), locale);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return forStatus(500, Message.of("http.incident", incident), locale);
    }

    /** Whether the failure is a refusal whose service wrote its audit entry already. */
    public static boolean audited(Throwable failure) {
        return unwrapped(failure) instanceof CredenceException e && e.audited();
    }

    /** A problem for a bare HTTP status, as the container or JAX-RS produces them, with the usual detail. */
    public static Problem forStatus(int status) {
        return forStatus(status, Locale.ENGLISH);
    }

    public static Problem forStatus(int status, Locale locale) {
        if (status == 408 || status == 503) {
            // a body that came too slowly; too many slow bodies being read at once
            String kind = status == 408 ? "request-timeout" : "unavailable";
            return new Problem(
                    kind,
                    Message.of("holes.title." + status).in(locale),
                    status,
                    Message.of("holes.detail." + status).in(locale));
        }
        return forStatus(
                status, Message.of(DETAILS.contains(status) ? "http.detail." + status : "http.detail.other"), locale);
    }

    /** A request body over {@code limit} bytes (413), the limit stated in the unit a person reads it in. */
    public static Problem tooLarge(long limit, Locale locale) {
        return forStatus(
                413,
                ByteSize.inUnits(limit)
                        .map(size -> Message.of("http.too-large", size))
                        .orElseGet(() -> Message.of("http.too-large.bytes", limit)),
                locale);
    }

    /** A problem for a bare HTTP status with a detail of this occurrence. */
    private static Problem forStatus(int status, Message detail, Locale locale) {
        String title;
        if (DETAILS.contains(status)) {
            title = Message.of("http.title." + status).in(locale);
        } else {
            title = Response.Status.fromStatusCode(status) == null
                    ? Message.of("http.title.other").in(locale)
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        }
        return new Problem(KINDS.getOrDefault(status, "http-" + status), title, status, detail.in(locale));
    }

    static Problem validation(ConstraintViolationException e, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), Refusals.constraint(violation.getMessage()))
                    .localized(locale));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(error -> error.message()));
        Message detail = errors.size() == 1
                ? Message.of(
                        "http.validation.one",
                        errors.get(0).field(),
                        errors.get(0).text())
                : Message.of("http.validation.many", errors.size());
        return new Problem("validation", Message.of("title.validation").in(locale), 400, detail.in(locale), errors);
    }

    /**
     * The client's name for a violated property: method and parameter nodes are dropped, so
     * {@code register.description.shops[0].platform} becomes {@code shops[0].platform}, and a query
     * parameter keeps its own name.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        String lastParameter = null;
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.CROSS_PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            return lastParameter == null ? "body" : lastParameter;
        }
        return field.toString();
    }

    private static Problem malformedBody(Throwable t, Locale locale) {
        String title = Message.of("http.malformed.title").in(locale);
        String messages = messagesOf(causeOfType(t, JsonbException.class));
        Matcher property = JSONB_PROPERTY.matcher(messages);
        if (property.find()) {
            String field = property.group(1);
            return new Problem(
                    "malformed-body",
                    title,
                    400,
                    Message.of("http.malformed.field", field).in(locale),
                    List.of(new FieldError(field, Message.of("http.malformed.type")).localized(locale)));
        }
        Matcher constant = ENUM_CONSTANT.matcher(messages);
        if (constant.find()) {
            return new Problem(
                    "malformed-body",
                    title,
                    400,
                    Message.of("http.malformed.constant", constant.group(2), constantsOf(constant.group(1)))
                            .in(locale));
        }
        return new Problem(
                "malformed-body", title, 400, Message.of("http.malformed.body").in(locale));
    }

    /** The constants of one of Credence's own enums, by name; never loads classes outside the application. */
    private static Object constantsOf(String enumClass) {
        try {
            Class<?> type = Class.forName(enumClass, false, Problems.class.getClassLoader());
            if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants())
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // fall through: say less rather than fail
        }
        return Message.of("http.documented-values");
    }

    private static Throwable unwrapped(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String messagesOf(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                all.append(c.getMessage()).append(' ');
            }
        }
        return all.toString();
    }
}
