package org.credence.violation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Takes a business off a list, with the reason (cause cured, early removal granted ...); {@code removedOn}
 * defaults to today. An early removal from the serious list states how the penalty was fulfilled
 * ({@code fulfilment}: fine paid, order complied with ...).
 */
public record ListRemovalRequest(
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String reason,

        LocalDate removedOn,

        @Size(max = 4000, message = "must be at most 4000 characters")
        String fulfilment) {}
