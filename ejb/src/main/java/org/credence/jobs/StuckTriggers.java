package org.credence.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the triggers Quartz's clustered job store has left stuck on a node that is still alive, and so
 * will never fire again on any node. Quartz releases what a node holds only when the node is taken for
 * dead (its check-in is late) or starts again; a node that lost track of a trigger while the database
 * was away keeps checking in, and the trigger waits for it for ever (Quartz issues 95, 145, 218 and
 * 1516 report exactly this after database outages). Two states are stuck:
 *
 * <ul>
 *   <li><b>ACQUIRED</b>, due more than {@code grace} ago, and no firing record of it in ACQUIRED state
 *       that is due within the grace. A node acquires a trigger at most 30 s before it is due and at
 *       most the misfire threshold (60 s) after, and fires it at its due time, so a trigger still held
 *       long after that is held by nobody.
 *   <li><b>BLOCKED</b> (its job allows one firing at a time) while no firing record of its job is
 *       EXECUTING. Quartz blocks a job's other triggers in the same transaction that marks a firing
 *       EXECUTING, and unblocks them in the one that removes that record, so a blocked trigger whose
 *       job is not executing anywhere was left behind by a transaction that never finished.
 * </ul>
 *
 * Each stuck trigger goes back to WAITING (the misfire policy then decides when it fires) and the
 * stale firing records that held it are removed. The caller reads and writes under Quartz's trigger
 * lock, so the rows it passes are one consistent view.
 */
final class StuckTriggers {

    static final String ACQUIRED = "ACQUIRED";
    static final String BLOCKED = "BLOCKED";
    static final String EXECUTING = "EXECUTING";
    static final String WAITING = "WAITING";

    /** A row of Quartz's triggers table; {@code nextFireTime} in milliseconds since the epoch. */
    record TriggerRow(String name, String group, String jobName, String jobGroup, String state, long nextFireTime) {}

    /** A row of Quartz's fired-triggers table (a firing acquired or executing on a node). */
    record FiredRow(
            String entryId,
            String triggerName,
            String triggerGroup,
            String jobName,
            String jobGroup,
            String state,
            long scheduledTime,
            String instance) {

        boolean of(TriggerRow trigger) {
            return Objects.equals(triggerName, trigger.name()) && Objects.equals(triggerGroup, trigger.group());
        }

        boolean ofJob(TriggerRow trigger) {
            return Objects.equals(jobName, trigger.jobName()) && Objects.equals(jobGroup, trigger.jobGroup());
        }
    }

    /** A trigger to put back to WAITING from {@code state}, and the firing records to remove with it. */
    record Release(TriggerRow trigger, String state, List<String> staleEntries) {}

    private StuckTriggers() {}

    /** The stuck triggers among {@code triggers}, given every firing record and the time now. */
    static List<Release> find(List<TriggerRow> triggers, List<FiredRow> fired, long now, long grace) {
        long dueBefore = now - grace;
        List<Release> releases = new ArrayList<>();
        for (TriggerRow trigger : triggers) {
            if (ACQUIRED.equals(trigger.state())) {
                List<FiredRow> holds = fired.stream()
                        .filter(f -> f.of(trigger) && ACQUIRED.equals(f.state()))
                        .toList();
                boolean heldNow = holds.stream().anyMatch(f -> f.scheduledTime() >= dueBefore);
                if (trigger.nextFireTime() < dueBefore && !heldNow) {
                    releases.add(new Release(
                            trigger,
                            ACQUIRED,
                            holds.stream().map(FiredRow::entryId).toList()));
                }
            } else if (BLOCKED.equals(trigger.state())) {
                boolean executing = fired.stream().anyMatch(f -> f.ofJob(trigger) && EXECUTING.equals(f.state()));
                if (!executing) {
                    releases.add(new Release(trigger, BLOCKED, List.of()));
                }
            }
        }
        return releases;
    }

    /** The triggers' names, for a log line: {@code group.name (state)}. */
    static String names(List<Release> releases) {
        Set<String> names = releases.stream()
                .map(r -> r.trigger().group() + "." + r.trigger().name() + " (" + r.state() + ")")
                .collect(Collectors.toCollection(TreeSet::new));
        return String.join(", ", names);
    }
}
