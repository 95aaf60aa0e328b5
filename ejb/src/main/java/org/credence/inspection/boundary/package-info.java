/**
 * The inspection component's services: the item list, the inspector directory and the working-day calendar
 * ({@code InspectionDirectory}), plans ({@code InspectionPlans}), draws ({@code Draws}), assignments with their
 * results, evidence and printouts ({@code Assignments}), the authorities' annual caps per enterprise
 * ({@code InspectionCaps}), the checks of the information enterprises publish ({@code InformationChecks}) and what
 * the public may read ({@code PublicInspections}); with the requests they take and the collector of field errors
 * they refuse with ({@code Validation}).
 */
package org.credence.inspection.boundary;
