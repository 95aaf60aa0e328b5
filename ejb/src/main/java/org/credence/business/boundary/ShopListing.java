package org.credence.business.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A shop as a client describes it. */
public record ShopListing(
        @NotBlank(message = "is required")
        @Pattern(
                regexp = "[a-z0-9][a-z0-9-]{1,31}",
                message = "must be a lower-case platform code of 2 to 32 letters, digits or hyphens, such as taobao")
        String platform,

        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        String shopId,

        @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String shopUrl) {}
