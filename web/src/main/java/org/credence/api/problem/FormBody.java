package org.credence.api.problem;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters of a query string and of an url-encoded form body, in order, as the servlet API gives them. */
public final class FormBody {

    private FormBody() {}

    /** Query parameters first, then the body's, each name with all its values; undecodable pairs are dropped. */
    public static Map<String, String[]> parameters(String query, String body, Charset charset) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        add(all, query, charset);
        add(all, body, charset);
        Map<String, String[]> result = new LinkedHashMap<>();
        all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(result);
    }

    private static void add(Map<String, List<String>> all, String encoded, Charset charset) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                all.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: the pair is not a parameter
            }
        }
    }
}
