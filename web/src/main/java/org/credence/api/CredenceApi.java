package org.credence.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.credence.api.openapi.ApiDocument;
import org.credence.api.openapi.FieldErrorDocument;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1, under /credence/api/v1. Errors are RFC 9457 problem documents.
 *
 * <p>The annotations here describe what every operation shares: the two ways of signing in and the
 * problem document with the error responses that carry it ({@link ApiDocument} adds those to each
 * operation when the document is built).
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Credence API",
                        version = "v1",
                        description =
                                "Public credit evaluation, double-random inspection and inter-agency credit sharing"
                                        + " for online businesses. People sign in with HTTP Basic; agencies' systems with a Bearer"
                                        + " access token from POST /api/v1/oauth/token (OAuth 2.0 client credentials). Every error is"
                                        + " an RFC 9457 application/problem+json document, in Chinese or English after"
                                        + " Accept-Language. Dates are ISO 8601 (2026-03-31); times are UTC without an offset"
                                        + " (2026-03-31T08:30:00).",
                        contact = @Contact(name = "Credence maintainers")),
        components =
                @Components(
                        schemas = {
                            @Schema(
                                    name = ApiDocument.PROBLEM,
                                    type = SchemaType.OBJECT,
                                    description =
                                            "An RFC 9457 problem document: a stable type URI, a title per type, the"
                                                    + " HTTP status, this occurrence's detail and, for invalid input, the"
                                                    + " errors by field"
                                                    + " (and by row or line for a batch or a file).",
                                    requiredProperties = {"type", "title", "status", "detail"},
                                    properties = {
                                        @SchemaProperty(
                                                name = "type",
                                                type = SchemaType.STRING,
                                                format = "uri",
                                                description = "urn:credence:problem: followed by the kind of problem",
                                                example = "urn:credence:problem:validation"),
                                        @SchemaProperty(
                                                name = "title",
                                                type = SchemaType.STRING,
                                                description = "The kind's title, in the language asked for",
                                                example = "The request is not valid"),
                                        @SchemaProperty(
                                                name = "status",
                                                type = SchemaType.INTEGER,
                                                format = "int32",
                                                description = "The HTTP status",
                                                example = "400"),
                                        @SchemaProperty(
                                                name = "detail",
                                                type = SchemaType.STRING,
                                                description = "What went wrong this time, in the language asked for",
                                                example = "2 fields are invalid; see errors."),
                                        @SchemaProperty(
                                                name = "errors",
                                                type = SchemaType.ARRAY,
                                                description = "For invalid input: each refused field",
                                                implementation = FieldErrorDocument.class)
                                    })
                        },
                        responses = {
                            @APIResponse(
                                    name = ApiDocument.BAD_REQUEST,
                                    description = "The request is invalid; nothing was"
                                            + " changed. errors lists each refused field.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocument.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocument.PROBLEM),
                                                    examples = @ExampleObject(name = "validation", value = """
                                            {"type": "urn:credence:problem:validation",
                                             "title": "The request is not valid", "status": 400,
                                             "detail": "2 fields are invalid; see errors.",
                                             "errors": [{"field": "name", "message": "is required"},
                                                        {"field": "regionCode",
                                                         "message": "must be a 6-digit administrative division code"}]}
                                            """))),
                            @APIResponse(
                                    name = ApiDocument.UNAUTHENTICATED,
                                    description = "No valid credentials were sent"
                                            + " (Basic for people, a Bearer access token for agencies' systems).",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocument.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocument.PROBLEM))),
                            @APIResponse(
                                    name = ApiDocument.FORBIDDEN,
                                    description =
                                            "The caller's role or agency may not do" + " this; the refusal is audited.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocument.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocument.PROBLEM))),
                            @APIResponse(
                                    name = ApiDocument.NOT_FOUND,
                                    description = "Nothing is known under that code or id.",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocument.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocument.PROBLEM))),
                            @APIResponse(
                                    name = ApiDocument.OTHER_ERROR,
                                    description = "Any other refusal or failure: a"
                                            + " conflict (409), a rule of the domain (422), a body too large (413) or of the wrong type"
                                            + " (415), too many requests (429, with Retry-After), an internal error (500, its detail"
                                            + " holds only an incident id).",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocument.PROBLEM_JSON,
                                                    schema = @Schema(ref = ApiDocument.PROBLEM)))
                        }))
@SecurityScheme(
        securitySchemeName = ApiDocument.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "People: user name and password. The API never challenges for Basic (a browser would then"
                + " keep the password); send it pre-emptively.")
@SecurityScheme(
        securitySchemeName = ApiDocument.AGENCY_SYSTEM,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Agencies' systems: a short-lived RS256 access token from POST /api/v1/oauth/token (OAuth 2.0"
                + " client credentials, RFC 6749 4.4), sent as Authorization: Bearer. The client's data-sharing"
                + " agreement decides what it may read.")
public class CredenceApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Enforce @Allowed / @Public on resource methods (RoleCheck); describe the API by OpenAPI only, never
        // by a WADL document on OPTIONS or /application.wadl (it listed every resource to anyone).
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.credence.api.security.RoleCheck",
                "jersey.config.server.wadl.disableWadl",
                true);
    }
}
