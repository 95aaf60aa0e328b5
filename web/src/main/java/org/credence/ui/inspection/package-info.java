/**
 * The inspection pages: the item list, the inspector directory, the working-day calendar, the plan list, a plan's
 * page and the plan wizard with its scope fields, a draw for staff with its figures and targets, and the public's draws and results without signing in
 * ({@code PublicDraws}, {@code PublicResults}).
 */
package org.credence.ui.inspection;
