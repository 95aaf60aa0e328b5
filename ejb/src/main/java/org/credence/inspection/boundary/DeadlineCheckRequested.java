package org.credence.inspection.boundary;

/** An administrator asked for the publicity-deadline check now; the scheduler runs it on some node. */
public record DeadlineCheckRequested(String requestedBy) {}
