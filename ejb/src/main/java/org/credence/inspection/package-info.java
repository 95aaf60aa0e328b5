/**
 * Double-random inspections (双随机、一公开): the item list and inspector directory, the working-day calendar, plans
 * (joint plans confirmed by every agency), draws that follow draw-v1 so anyone can recompute them, the
 * authorities' annual caps per enterprise, lawful teams, assignments, results with evidence and their publication
 * within 20 working days, and the yearly checks of the information enterprises publish.
 */
package org.credence.inspection;
