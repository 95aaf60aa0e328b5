package org.credence.inspection.boundary;

/** Why a plan or a draw is cancelled; recorded with it. */
public record Reason(String reason) {
}
