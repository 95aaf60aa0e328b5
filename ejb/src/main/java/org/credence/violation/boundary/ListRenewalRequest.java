package org.credence.violation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Keeps a business on the serious list for another 3 years, with the reason. */
public record ListRenewalRequest(
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String reason) {}
