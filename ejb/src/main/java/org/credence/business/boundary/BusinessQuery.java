package org.credence.business.boundary;

/**
 * A registry search: name fragment, region prefix and platform, each optional; pages count from 0.
 */
public record BusinessQuery(String nameFragment, String regionPrefix, String platform, int page, int size) {
}
