/**
 * Place names of the administrative-division codes (GB/T 2260) that businesses and scopes carry ({@code Regions}),
 * read from the {@code regions.tsv} beside it, and the answer for a code no business is registered under
 * ({@code UnknownBusiness}).
 */
package org.credence.business.control;
