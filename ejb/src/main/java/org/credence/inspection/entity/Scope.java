package org.credence.inspection.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.platform.Message;

/**
 * Which businesses an item or a plan covers; an empty list means no restriction. Industries and
 * regions match by code prefix ({@code I64} covers {@code I642}; {@code 11} covers {@code 110105}).
 */
public record Scope(
        List<String> entityTypes, List<String> industries, List<String> platforms, List<String> regionPrefixes)
        implements Serializable {

    /** At most this many codes in one list. */
    public static final int MAX_CODES = 100;

    /** The lists by their field names, and the width of the column each is stored in (comma-separated). */
    public static final List<String> LISTS = List.of("entityTypes", "industries", "platforms", "regionPrefixes");

    private static final Map<String, Integer> WIDTHS =
            Map.of("entityTypes", 300, "industries", 500, "platforms", 500, "regionPrefixes", 500);

    public static final Scope ANY = new Scope(List.of(), List.of(), List.of(), List.of());

    public Scope {
        entityTypes = copy(entityTypes);
        industries = copy(industries);
        platforms = copy(platforms);
        regionPrefixes = copy(regionPrefixes);
    }

    /** An unmodifiable copy that keeps null entries, so validation can name them instead of failing. */
    private static List<String> copy(List<String> codes) {
        return codes == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(codes));
    }

    /** Whether a business of this type, industry and region, with shops on these platforms, is covered. */
    public boolean covers(String entityType, String industry, String region, Set<String> shopPlatforms) {
        if (!entityTypes.isEmpty() && !entityTypes.contains(entityType)) {
            return false;
        }
        if (!industries.isEmpty() && (industry == null || industries.stream().noneMatch(industry::startsWith))) {
            return false;
        }
        if (!regionPrefixes.isEmpty() && regionPrefixes.stream().noneMatch(region::startsWith)) {
            return false;
        }
        return platforms.isEmpty() || platforms.stream().anyMatch(shopPlatforms::contains);
    }

    /** One of the {@link #LISTS} by its field name. */
    public List<String> list(String name) {
        return switch (name) {
            case "entityTypes" -> entityTypes;
            case "industries" -> industries;
            case "platforms" -> platforms;
            case "regionPrefixes" -> regionPrefixes;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Why a list is too long to store (too many codes, or too many characters together), or null when it fits. */
    public static Message tooLong(String name, List<String> codes) {
        if (codes.size() > MAX_CODES) {
            return Message.of("holes.scope-too-many-codes", MAX_CODES, codes.size());
        }
        int width = codes.stream()
                        .mapToInt(code -> code == null ? 0 : code.length() + 1)
                        .sum()
                - 1;
        return width > WIDTHS.get(name) ? Message.of("holes.scope-too-long", WIDTHS.get(name), width) : null;
    }

    public boolean needsPlatforms() {
        return !platforms.isEmpty();
    }

    /** Stored form: comma-separated, null when empty. */
    public static String join(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }
}
