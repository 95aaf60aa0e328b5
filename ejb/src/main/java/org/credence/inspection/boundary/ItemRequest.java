package org.credence.inspection.boundary;

import java.util.List;

/**
 * An entry of the item list as an administrator submits it. {@code maxRatioBasisPoints} only for
 * GENERAL items (KEY items have no upper ratio); scope lists left out mean no restriction.
 */
public record ItemRequest(String code, String name, String legalBasis, String agency, String kind, String method,
                          List<String> entityTypes, List<String> industries, List<String> platforms,
                          List<String> regionPrefixes, Integer maxRatioBasisPoints, Integer annualCap) {
}
