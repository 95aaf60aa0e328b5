package org.credence.ui.inspection;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.credence.inspection.entity.Scope;

/**
 * A scope as a form edits it (an item's or a plan's): entity types chosen, and industry, platform and
 * region codes typed with commas, spaces or new lines between them. Empty means no restriction.
 */
public final class ScopeFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> entityTypes = new ArrayList<>();
    private String industries;
    private String platforms;
    private String regionPrefixes;

    /** The fields showing a stored scope. */
    public static ScopeFields of(Scope scope) {
        ScopeFields fields = new ScopeFields();
        fields.entityTypes = new ArrayList<>(scope.entityTypes());
        fields.industries = String.join(", ", scope.industries());
        fields.platforms = String.join(", ", scope.platforms());
        fields.regionPrefixes = String.join(", ", scope.regionPrefixes());
        return fields;
    }

    /** Codes typed with commas (also the Chinese one), spaces or new lines between them. */
    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public List<String> entityTypeList() {
        return List.copyOf(entityTypes);
    }

    public List<String> industryList() {
        return codes(industries);
    }

    public List<String> platformList() {
        return codes(platforms);
    }

    public List<String> regionList() {
        return codes(regionPrefixes);
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public void setEntityTypes(List<String> entityTypes) {
        this.entityTypes = entityTypes == null ? new ArrayList<>() : new ArrayList<>(entityTypes);
    }

    public String getIndustries() {
        return industries;
    }

    public void setIndustries(String industries) {
        this.industries = industries;
    }

    public String getPlatforms() {
        return platforms;
    }

    public void setPlatforms(String platforms) {
        this.platforms = platforms;
    }

    public String getRegionPrefixes() {
        return regionPrefixes;
    }

    public void setRegionPrefixes(String regionPrefixes) {
        this.regionPrefixes = regionPrefixes;
    }
}
