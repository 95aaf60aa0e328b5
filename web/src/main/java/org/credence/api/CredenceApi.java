package org.credence.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1, under /credence/api/v1. Errors are RFC 9457 problem documents. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Credence API", version = "v1",
                description = "Public credit evaluation, double-random inspection and inter-agency credit sharing"
                        + " for online businesses. Every error is an RFC 9457 application/problem+json document."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CredenceApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Enforce @RolesAllowed / @PermitAll on resource methods; describe the API by OpenAPI only, never
        // by a WADL document on OPTIONS or /application.wadl (it listed every resource to anyone).
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
