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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;

/**
 * Turns any failure into the one problem contract. Known failures keep their meaning; anything
 * unexpected becomes a 500 whose detail carries only an incident id, with the stack trace in the log.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("No enum constant (org\\.credence\\.[\\w.$]+)\\.([^.\\s]+)");

    private static final Map<Integer, String> KINDS = Map.of(
            400, "bad-request", 401, "unauthenticated", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 413, "payload-too-large",
            415, "unsupported-media-type", 500, "internal-error");

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request body is missing or cannot be read.",
            401, "Sign in first: people use HTTP Basic with a Credence user name and password, agencies' systems a Bearer"
                + " access token from /oauth/token (the token may have expired or been refused; see WWW-Authenticate).",
            403, "You are not permitted to do this.",
            404, "There is no such resource.",
            405, "This resource does not support that HTTP method.",
            406, "This resource cannot answer in any media type the request accepts.",
            415, "This resource does not accept that content type.",
            500, "Something went wrong on the server; it was logged.");

    private Problems() {
    }

    public static Problem of(Throwable failure) {
        Throwable t = unwrapped(failure);
        if (t instanceof CredenceException e) {
            return new Problem(e.kind(), e.title(), e.status(), e.getMessage(), e.errors());
        }
        if (t instanceof ConstraintViolationException e) {
            return validation(e);
        }
        if (t instanceof EJBAccessException) {
            return forStatus(403);
        }
        PayloadTooLargeException tooLarge = causeOfType(t, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return forStatus(413, tooLarge.getMessage());
        }
        if (causeOfType(t, JsonbException.class) != null || causeOfType(t, JsonException.class) != null) {
            return malformedBody(t);
        }
        if (t instanceof WebApplicationException e) {
            return forStatus(e.getResponse().getStatus());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return forStatus(500, "Something went wrong on the server; it was logged as incident " + incident + ".");
    }

    /** A problem for a bare HTTP status, as the container or JAX-RS produces them, with the usual detail. */
    public static Problem forStatus(int status) {
        return forStatus(status, DETAILS.getOrDefault(status, "The request could not be processed."));
    }

    /** A problem for a bare HTTP status with a detail of this occurrence. */
    public static Problem forStatus(int status, String detail) {
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        if (status == 413) {
            title = "Request body too large";
        }
        return new Problem(KINDS.getOrDefault(status, "http-" + status), title, status, detail);
    }

    static Problem validation(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return new Problem("validation", "The request is not valid", 400, detail, errors);
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
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
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

    private static Problem malformedBody(Throwable t) {
        String messages = messagesOf(causeOfType(t, JsonbException.class));
        Matcher property = JSONB_PROPERTY.matcher(messages);
        if (property.find()) {
            String field = property.group(1);
            return new Problem("malformed-body", "The request body cannot be read", 400,
                    "The value of " + field + " has the wrong type or format.",
                    List.of(new FieldError(field, "has the wrong type or format")));
        }
        Matcher constant = ENUM_CONSTANT.matcher(messages);
        if (constant.find()) {
            return new Problem("malformed-body", "The request body cannot be read", 400,
                    "'" + constant.group(2) + "' is not a valid value here; use one of " + constantsOf(constant.group(1)) + ".");
        }
        return new Problem("malformed-body", "The request body cannot be read", 400,
                "The request body is not well-formed JSON of the expected shape.");
    }

    /** The constants of one of Credence's own enums, by name; never loads classes outside the application. */
    private static String constantsOf(String enumClass) {
        try {
            Class<?> type = Class.forName(enumClass, false, Problems.class.getClassLoader());
            if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // fall through: say less rather than fail
        }
        return "the documented values";
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
