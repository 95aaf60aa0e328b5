/**
 * What the REST API and the pages share, so that neither depends on the other: the reader's language with the
 * interface's messages ({@code Language}) and values written readably in it ({@code Readable}); the views of a
 * business, its records and list entries and of a public inspection result, which the API answers with and the
 * pages show ({@code BusinessView}, {@code RecordView}, {@code ListEntryView}, {@code PublicResultView}); and the
 * names of the request attributes that the authentication leaves for the pages and the error mappers
 * ({@code RequestAttributes}).
 */
package org.credence.web;
