package org.credence.inspection.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a plan or a draw is cancelled; recorded with it. */
@Schema(name = "CancellationReason")
public record Reason(String reason) {}
