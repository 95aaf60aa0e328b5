/**
 * Records and lists over HTTP: record intake (one, JSON batches, CSV), revocation and the records public on a day
 * ({@code RecordsResource}), the record catalogue, credit repair applications and their decisions, and entries on
 * the two credit lists; with the views they answer with (those of a record and a list entry, which the pages show
 * too, are in {@code org.credence.web}).
 */
package org.credence.api.record;
