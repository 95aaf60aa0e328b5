package org.credence.credit.entity;

/** A scoring run asked for, and whether this request created it (false: the one already running). */
public record StartedRun(ScoringRun run, boolean created) {}
