package org.credence.violation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A business's credit repair application: what it did to fulfil the decision, and its integrity commitment. */
public record RepairRequest(
        @NotBlank(message = "is required: the business's integrity commitment")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String commitment,

        @NotBlank(message = "is required: how the penalty was fulfilled and the violation rectified")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String fulfilment) {}
