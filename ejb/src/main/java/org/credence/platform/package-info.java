/**
 * What every component shares, for want of a home of its own: the business exception family
 * ({@code CredenceException} and its subclasses, with {@code FieldError} and {@code InvalidArgument}) and the
 * {@code Message} written in the reader's language from the refusals bundles ({@code Refusals}); group commit
 * ({@code GroupCommit}), whose writer is usually one JDBC transaction; paging ({@code Page}, {@code PageIndex},
 * {@code PageSize}, {@code PagedQuery}); today's date in China ({@code ChinaTime}); the bounds every input value
 * keeps ({@code InputBounds}) and messages cleared of internal class names ({@code InternalNames}); and a
 * byte-counting input stream for progress. The JDBC helpers are in {@code platform.jdbc}.
 */
package org.credence.platform;
