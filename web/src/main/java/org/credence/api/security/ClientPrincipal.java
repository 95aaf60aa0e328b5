package org.credence.api.security;

import java.util.Map;
import java.util.Set;
import org.credence.security.entity.Role;
import org.credence.sharing.control.Tokens;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** An agency client signed in with a verified access token, as MicroProfile JWT's caller principal. */
public final class ClientPrincipal implements JsonWebToken {

    private final Map<String, Object> claims;

    ClientPrincipal(Tokens.Claims verified) {
        this.claims = Map.of(
                Claims.iss.name(),
                Tokens.ISSUER,
                Claims.sub.name(),
                verified.clientId(),
                Claims.upn.name(),
                verified.clientId(),
                Claims.groups.name(),
                Set.of(Role.Names.AGENCY_CLIENT),
                Claims.exp.name(),
                verified.expiresAt().getEpochSecond(),
                Claims.jti.name(),
                verified.tokenId(),
                "agency",
                verified.agencyCode());
    }

    @Override
    public String getName() {
        return (String) claims.get(Claims.upn.name());
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        return (T) claims.get(name);
    }
}
