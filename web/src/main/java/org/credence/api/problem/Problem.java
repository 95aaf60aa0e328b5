package org.credence.api.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credence.platform.FieldError;

/**
 * An RFC 9457 problem document: a stable {@code type} URI, a {@code title} per type, the HTTP
 * {@code status}, a human {@code detail} for this occurrence, and for invalid input the list of
 * {@code errors} by field.
 */
public record Problem(String kind, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final String TYPE_PREFIX = "urn:credence:problem:";
    /**
     * The API's challenge: Bearer only, never Basic, so that a browser never asks a person for a
     * password and keeps it for other sites' requests to send. People's systems send Basic anyway
     * (pre-emptively); {@link #BASIC_HINT} names it for them.
     */
    public static final String CHALLENGE = "Bearer realm=\"Credence\"";
    /** A header browsers ignore that tells a person's tools Basic is accepted too. */
    public static final String BASIC_HINT_HEADER = "Credence-Authenticate";

    public static final String BASIC_HINT = "Basic realm=\"Credence\"";

    public Problem {
        // no class name of the server's insides reaches a caller, whatever a library put in a message
        detail = ProblemText.detail(detail);
        errors = ProblemText.errors(errors);
    }

    public Problem(String kind, String title, int status, String detail) {
        this(kind, title, status, detail, List.of());
    }

    public String type() {
        return TYPE_PREFIX + kind;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type())
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (FieldError e : errors) {
                JsonObjectBuilder error = Json.createObjectBuilder();
                if (e.row() != null) {
                    error.add("row", e.row());
                }
                list.add(error.add("field", e.field()).add("message", e.message()));
            }
            json.add("errors", list);
        }
        return json.build();
    }

    public Response toResponse() {
        Response.ResponseBuilder response =
                Response.status(status).type(PROBLEM_JSON).entity(toJson().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", CHALLENGE).header(BASIC_HINT_HEADER, BASIC_HINT);
        }
        return response.build();
    }
}
