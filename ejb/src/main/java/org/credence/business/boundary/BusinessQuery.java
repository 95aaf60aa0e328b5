package org.credence.business.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

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

        @Min(value = 0, message = "must be between 0 and 100000")
        @Max(value = 100_000, message = "must be between 0 and 100000")
        int page,

        @Min(value = 1, message = "must be between 1 and 100")
        @Max(value = 100, message = "must be between 1 and 100")
        int size) {
}
