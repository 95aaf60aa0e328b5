package org.credence.api.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One RSA public key of the JWK set that verifies access tokens (RFC 7517): for the OpenAPI document only. */
public record JsonWebKeyDocument(
        @Schema(required = true, enumeration = "RSA") String kty,

        @Schema(required = true, description = "The key's id, as the token's header names it")
        String kid,

        @Schema(enumeration = "sig") String use,
        @Schema(enumeration = "RS256") String alg,

        @Schema(required = true, description = "Modulus, base64url")
        String n,

        @Schema(required = true, description = "Exponent, base64url")
        String e) {}
