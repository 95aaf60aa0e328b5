package org.credence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.jobs.StuckTriggers.FiredRow;
import org.credence.jobs.StuckTriggers.Release;
import org.credence.jobs.StuckTriggers.TriggerRow;
import org.junit.jupiter.api.Test;

class StuckTriggersTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long GRACE = 120_000;

    private static TriggerRow trigger(String name, String job, String state, long due) {
        return new TriggerRow(name, "credence", job, "credence", state, due);
    }

    /** A firing record a node wrote at {@code written} (when it acquired or fired the trigger). */
    private static FiredRow fired(String entry, String trigger, String job, String state, long written) {
        return new FiredRow(entry, trigger, "credence", job, "credence", state, written);
    }

    @Test
    void anAcquiredTriggerLongOverdueAndHeldByNoRecordIsReleased() {
        List<Release> releases = StuckTriggers.find(
                List.of(trigger("credit-changes", "changes", "ACQUIRED", NOW - GRACE - 1)), List.of(), NOW, GRACE);
        assertEquals(1, releases.size());
        assertEquals("credit-changes", releases.get(0).trigger().name());
        assertEquals("ACQUIRED", releases.get(0).state());
        assertEquals(List.of(), releases.get(0).staleEntries());
    }

    @Test
    void anAcquiredTriggerLosesTheRecordsOfAnAcquisitionLongAgo() {
        List<Release> releases = StuckTriggers.find(
                List.of(trigger("credit-changes", "changes", "ACQUIRED", NOW - 600_000)),
                List.of(
                        fired("e1", "credit-changes", "changes", "ACQUIRED", NOW - 600_000),
                        // another trigger's record and an executing firing of this one are not touched
                        fired("e2", "audit-seal", "seal", "ACQUIRED", NOW - 600_000),
                        fired("e3", "credit-changes", "changes", "EXECUTING", NOW - 900_000)),
                NOW,
                GRACE);
        assertEquals(1, releases.size());
        assertEquals(List.of("e1"), releases.get(0).staleEntries());
    }

    @Test
    void aTriggerAcquiredForItsTimeIsLeftToItsNode() {
        // acquired up to 30 s ahead of its time, or late within the misfire threshold: a node fires it
        for (long due : new long[] {NOW + 30_000, NOW, NOW - 60_000, NOW - GRACE}) {
            assertEquals(
                    List.of(),
                    StuckTriggers.find(List.of(trigger("t", "j", "ACQUIRED", due)), List.of(), NOW, GRACE),
                    "due " + (due - NOW) + " ms from now");
        }
    }

    @Test
    void aTriggerAcquiredLongAfterItWasDueIsHeldByTheNodeThatJustAcquiredIt() {
        // a trigger that ignores misfires (Quartz's recovery of an interrupted job) is acquired an hour late
        assertEquals(
                List.of(),
                StuckTriggers.find(
                        List.of(trigger("recover_credence-1_1", "j", "ACQUIRED", NOW - 3_600_000)),
                        List.of(fired("e1", "recover_credence-1_1", "j", "ACQUIRED", NOW - 5_000)),
                        NOW,
                        GRACE));
    }

    @Test
    void aBlockedTriggerIsReleasedOnlyWhenNoFiringOfItsJobIsExecuting() {
        List<TriggerRow> blocked = List.of(
                trigger("credit-changes", "changes", "BLOCKED", NOW + 10_000),
                trigger("credit-changes-now", "changes", "BLOCKED", NOW + 3_600_000));
        List<Release> none = StuckTriggers.find(
                blocked, List.of(fired("e1", "credit-changes", "changes", "EXECUTING", NOW - 1_000)), NOW, GRACE);
        assertEquals(List.of(), none, "the job is executing: its triggers wait for it");

        // an executing firing of another job, or an acquired one of this job, does not count
        List<Release> both = StuckTriggers.find(
                blocked,
                List.of(
                        fired("e2", "audit-seal", "seal", "EXECUTING", NOW - 1_000),
                        fired("e3", "credit-changes", "changes", "ACQUIRED", NOW)),
                NOW,
                GRACE);
        assertEquals(2, both.size());
        assertTrue(both.stream()
                .allMatch(r -> r.state().equals("BLOCKED") && r.staleEntries().isEmpty()));
        assertEquals(
                "credence.credit-changes (BLOCKED), credence.credit-changes-now (BLOCKED)", StuckTriggers.names(both));
    }

    @Test
    void waitingPausedAndCompleteTriggersAreNeverTouched() {
        for (String state : new String[] {"WAITING", "PAUSED", "PAUSED_BLOCKED", "COMPLETE", "ERROR"}) {
            assertEquals(
                    List.of(),
                    StuckTriggers.find(List.of(trigger("t", "j", state, NOW - 3_600_000)), List.of(), NOW, GRACE),
                    state);
        }
    }

    @Test
    void aCandidateIsPutBackOnlyWhenItWasOneAtEveryCheckForThePatience() {
        StuckTriggers.Patience patience = new StuckTriggers.Patience();
        List<Release> blocked = StuckTriggers.find(
                List.of(trigger("credit-changes", "changes", "BLOCKED", NOW)), List.of(), NOW, GRACE);
        assertEquals(List.of(), patience.due(blocked, NOW, 60_000), "first seen");
        assertEquals(List.of(), patience.due(blocked, NOW + 45_000, 60_000), "seen for 45 s");
        assertEquals(blocked, patience.due(blocked, NOW + 60_000, 60_000), "seen for a minute");
        assertEquals(List.of(), patience.due(blocked, NOW + 75_000, 60_000), "put back: it starts again");

        // a candidate that is not one at a check in between is forgotten
        StuckTriggers.Patience again = new StuckTriggers.Patience();
        again.due(blocked, NOW, 60_000);
        again.due(List.of(), NOW + 30_000, 60_000);
        assertEquals(List.of(), again.due(blocked, NOW + 60_000, 60_000));
        assertEquals(blocked, again.due(blocked, NOW + 120_000, 60_000));
    }
}
