/**
 * How inspections work, and their storage: the draw itself (draw-v1, pure: {@code DrawMethod}) with its frozen
 * inputs, its seed rule ({@code DrawSeed}) and the rules applied to its pool ({@code DrawRules}: exclusions,
 * quota and ratio checks); in JDBC, the pool's freeze ({@code PoolFreeze}), draws ({@code DrawStore}) and
 * their verification ({@code DrawVerification}), plans, assignments, the item list and directory, and
 * annual caps ({@code PlanRepository}, {@code AssignmentStore}, {@code Directory}, {@code AnnualCaps}); plan schedules and the working-day calendar with China's official holidays; grade coverage
 * and information-check coverage; the participating agencies' consents; the evidence file types; and the filters
 * of plan and result lists.
 */
package org.credence.inspection.control;
