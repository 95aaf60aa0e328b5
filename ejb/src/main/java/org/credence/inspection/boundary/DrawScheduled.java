package org.credence.inspection.boundary;

import org.credence.inspection.entity.Draw;

/**
 * A draw now waits for its due time: a plan's first draw on publication, its next period's once one is
 * drawn, a replacement once one is cancelled. Fired inside the transaction that stored it; the scheduler
 * observes it after that transaction commits and arms the draw's trigger.
 */
public record DrawScheduled(Draw draw) {}
