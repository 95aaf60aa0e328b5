/**
 * Double-random inspections over HTTP: the item list, the inspector directory and the working-day calendar, plans
 * and their draws, draws by key, assignments with results and evidence, the oversight of results, information
 * checks, and the public's plans, draws and results without signing in (一公开); with the views they answer with (that of a public result, which the pages show too, is in
 * {@code org.credence.web}).
 */
package org.credence.api.inspection;
