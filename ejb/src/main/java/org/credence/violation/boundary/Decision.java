package org.credence.violation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's decision on an application; a refusal needs a reason. */
public record Decision(
        @NotNull(message = "is required: true to approve, false to refuse")
        Boolean approve,

        @Size(max = 1000, message = "must be at most 1000 characters")
        String reason) {}
