/**
 * How inspections work, and their storage: the draw itself (draw-v1, pure: {@code DrawMethod}) with its frozen
 * inputs and the rules applied to its pool ({@code DrawRules}: exclusions, quota and ratio checks); in JDBC, the
 * pool's freeze ({@code PoolFreeze}), draws ({@code DrawStore}) and their verification ({@code DrawVerification}),
 * assignments, the plans' items and the calendar, and annual caps ({@code AssignmentStore}, {@code Directory},
 * {@code AnnualCaps}); on an entity manager, the directory ({@code DirectoryEntries}) and the plans ({@code
 * PlanEntries}); plan schedules ({@code PlanSchedule}) and the working-day calendar with China's
 * official holidays; grade coverage and information-check coverage; the participating agencies' consents; the
 * evidence file types; and the filters of plan and result lists. The values it reads and writes are in {@code
 * entity}.
 */
package org.credence.inspection.control;
