package org.credence.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Stream;
import org.credence.api.openapi.ApiDocument;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Who the API takes the caller to be: a check for a new integration (is my token accepted?), and the
 * lookup benchmark's ceiling, as it does nothing but authenticate.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Caller(
            String name,

            @Schema(type = SchemaType.ARRAY, implementation = Role.class)
            List<String> roles) {}

    @Context
    SecurityContext security;

    @GET
    @Allowed({
        Role.Names.SYSTEM_ADMIN,
        Role.Names.AGENCY_ADMIN,
        Role.Names.INSPECTOR,
        Role.Names.AUDITOR,
        Role.Names.AGENCY_CLIENT
    })
    @Operation(summary = "The signed-in caller's name and roles")
    @SecurityRequirement(name = ApiDocument.BASIC)
    @SecurityRequirement(name = ApiDocument.AGENCY_SYSTEM)
    public Caller me() {
        return new Caller(
                security.getUserPrincipal().getName(),
                Stream.of(Role.values())
                        .map(Role::name)
                        .filter(security::isUserInRole)
                        .toList());
    }
}
