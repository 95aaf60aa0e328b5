package org.credence.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the triggers Quartz's clustered job store has left stuck, so that no node will fire them again.
 * Quartz frees a trigger only through the firing record that names it, when the node of that record is
 * taken for dead or starts again; a trigger left ACQUIRED or BLOCKED with no record, or with the record
 * of a node that stays alive and no longer means to fire it, waits for ever (Quartz's issues 95, 145,
 * 218 and 1516 report this after database outages, restarts included). Quartz keeps a trigger's state
 * and its record in one transaction, so a lost transaction alone does not leave these states; what the
 * reports point to is a commit whose outcome a node misread, statements committed one by one (a pool
 * or driver in autocommit), and Quartz's own recovery of a node it took for dead while it lived (after
 * an outage longer than the check-in interval and its grace, every node takes the others for dead).
 * Two states are candidates:
 *
 * <ul>
 *   <li><b>ACQUIRED</b>, and no firing record in ACQUIRED state that a node wrote (acquired it) within
 *       {@code grace}; with no record at all, also due more than {@code grace} ago. A node fires what it
 *       acquires when it is due, and acquires it at most 30 s before that, so a trigger held for longer
 *       than the grace is held by nobody. The record's time is the acquisition's, not the trigger's due
 *       time: a trigger that ignores misfires (Quartz's recovery of an interrupted job) is acquired long
 *       after it was due, legitimately.
 *   <li><b>BLOCKED</b> (its job allows one firing at a time) while no firing record of its job is
 *       EXECUTING anywhere.
 * </ul>
 *
 * A candidate is put back only when it was a candidate at every check since at least {@code patience}
 * before ({@link Patience}), so that a state seen between two of Quartz's own steps, or a firing whose
 * record Quartz's recovery removed while it still ran, is not taken for a stuck one. Each stuck trigger
 * goes back to WAITING (the misfire policy then decides when it fires) and the stale records that held
 * it are removed. The caller reads and writes under Quartz's trigger lock, so the rows it passes are one
 * consistent view.
 */
final class StuckTriggers {

    static final String ACQUIRED = "ACQUIRED";
    static final String BLOCKED = "BLOCKED";
    static final String EXECUTING = "EXECUTING";
    static final String WAITING = "WAITING";

    /** A row of Quartz's triggers table; {@code nextFireTime} in milliseconds since the epoch. */
    record TriggerRow(String name, String group, String jobName, String jobGroup, String state, long nextFireTime) {}

    /**
     * A row of Quartz's fired-triggers table (a firing acquired or executing on a node); {@code firedTime}
     * is when the node wrote it (acquired the trigger, or fired it), in milliseconds since the epoch.
     */
    record FiredRow(
            String entryId,
            String triggerName,
            String triggerGroup,
            String jobName,
            String jobGroup,
            String state,
            long firedTime) {

        boolean of(TriggerRow trigger) {
            return Objects.equals(triggerName, trigger.name()) && Objects.equals(triggerGroup, trigger.group());
        }

        boolean ofJob(TriggerRow trigger) {
            return Objects.equals(jobName, trigger.jobName()) && Objects.equals(jobGroup, trigger.jobGroup());
        }
    }

    /** A trigger to put back to WAITING from {@code state}, and the firing records to remove with it. */
    record Release(TriggerRow trigger, String state, List<String> staleEntries) {

        String key() {
            return trigger.group() + "." + trigger.name() + " (" + state + ")";
        }
    }

    private StuckTriggers() {}

    /** The candidates among {@code triggers}, given every firing record and the time now. */
    static List<Release> find(List<TriggerRow> triggers, List<FiredRow> fired, long now, long grace) {
        long since = now - grace;
        List<Release> releases = new ArrayList<>();
        for (TriggerRow trigger : triggers) {
            if (ACQUIRED.equals(trigger.state())) {
                List<FiredRow> holds = fired.stream()
                        .filter(f -> f.of(trigger) && ACQUIRED.equals(f.state()))
                        .toList();
                boolean heldNow = holds.stream().anyMatch(f -> f.firedTime() >= since);
                boolean overdue = !holds.isEmpty() || trigger.nextFireTime() < since;
                if (!heldNow && overdue) {
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
        Set<String> names = releases.stream().map(Release::key).collect(Collectors.toCollection(TreeSet::new));
        return String.join(", ", names);
    }

    /**
     * Remembers since when each candidate has been one, across the checks of one node, and lets through
     * only those that have been candidates at every check for at least the patience. A trigger that is no
     * longer a candidate at a check is forgotten, and starts again if it becomes one later.
     */
    static final class Patience {

        private final Map<String, Long> since = new HashMap<>();

        synchronized List<Release> due(List<Release> candidates, long now, long patience) {
            Map<String, Long> seen = new HashMap<>();
            List<Release> due = new ArrayList<>();
            for (Release r : candidates) {
                long first = since.getOrDefault(r.key(), now);
                seen.put(r.key(), first);
                if (first <= now - patience) {
                    due.add(r);
                }
            }
            since.clear();
            since.putAll(seen);
            due.forEach(r -> since.remove(r.key()));
            return due;
        }
    }
}
