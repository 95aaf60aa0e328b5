/**
 * The inspection pages: the item list, the inspector directory, the working-day calendar, the plan list, a plan's
 * page and the plan wizard with its scope fields, and a draw for staff with its figures and targets.
 */
package org.credence.ui.inspection;
