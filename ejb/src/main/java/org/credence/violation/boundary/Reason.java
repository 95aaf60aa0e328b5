package org.credence.violation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why something was done, as the record of it must say. */
@Schema(name = "RevocationReason")
public record Reason(
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String reason) {}
