/**
 * Violation history and positive records: the record catalogue, intake (single, batch, CSV),
 * revocation, credit repair, and the abnormal and serious lists.
 */
package org.credence.violation;
