package org.credence.business.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.credence.business.entity.BusinessStatus;
import org.credence.business.entity.EntityType;

/**
 * A business as a client registers or replaces it. On registration {@code uscc} is required; on
 * replacement it may be left out or must equal the code in the path. The exception fields are only
 * for registering a code that fails the check character (SYSTEM_ADMIN only).
 */
public record BusinessDescription(
        String uscc,

        Boolean usccKnownException,

        @Size(max = 500, message = "must be at most 500 characters")
        String usccExceptionReason,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @NotNull(message = "is required: one of ENTERPRISE, INDIVIDUAL_BUSINESS, FARMERS_COOPERATIVE, OTHER")
        EntityType entityType,

        @NotNull(message = "is required")
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code")
        String regionCode,

        @Pattern(
                regexp = "[A-T](\\d{2}|\\d{3}|\\d{4})?",
                message =
                        "must be a GB/T 4754 industry code: a section letter A-T, optionally followed by 2 to 4 digits")
        String industryCode,

        BusinessStatus status,

        @NotEmpty(message = "must list at least one shop: an online business has one or more")
        @Size(max = 50, message = "must list at most 50 shops")
        List<@NotNull(message = "must not be null") @Valid ShopListing> shops) {

    public boolean claimsKnownException() {
        return Boolean.TRUE.equals(usccKnownException);
    }
}
