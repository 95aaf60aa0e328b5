package org.credence.api.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.credence.platform.InputBounds;

/**
 * Query and path parameters keep the same text bounds as bodies: no control characters, no
 * bidirectional overrides (a search for a name must find what it shows). Refused with 400 naming the
 * parameter.
 */
@Provider
public class QueryTextCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            InputBounds.checkedText("parameter", parameter.getKey(), false);
            for (String value : parameter.getValue()) {
                InputBounds.checkedText(parameter.getKey(), value, false);
            }
        }
    }
}
