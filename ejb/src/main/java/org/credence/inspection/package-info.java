/**
 * Double-random inspections (双随机、一公开): the item list and inspector directory, plans, draws that
 * follow draw-v1 so anyone can recompute them, lawful teams, assignments, results and their
 * publication within 20 working days.
 */
package org.credence.inspection;
