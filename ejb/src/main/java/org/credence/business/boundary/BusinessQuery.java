package org.credence.business.boundary;

import jakarta.validation.constraints.Pattern;
import org.credence.platform.PageIndex;
import org.credence.platform.PageSize;

/**
 * A registry search, named as the API's query parameters: name fragment {@code q}, division-code
 * prefix {@code region} and {@code platform}, each optional; pages count from 0.
 */
public record BusinessQuery(
        String q,

        @Pattern(regexp = "\\d{1,6}", message = "must be a prefix of a 6-digit division code (1 to 6 digits)")
        String region,

        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,31}", message = "must be a lower-case platform code, such as taobao")
        String platform,

        @PageIndex int page,

        @PageSize int size) {}
