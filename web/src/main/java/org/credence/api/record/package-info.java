/**
 * Records and lists over HTTP: record intake (one, JSON batches, CSV), revocation and the records public on a day
 * ({@code RecordsResource}), the record catalogue, credit repair applications and their decisions, and entries on
 * the two credit lists; with the views they answer with.
 */
package org.credence.api.record;
