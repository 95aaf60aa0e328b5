/**
 * The business registry's service ({@code BusinessRegistry}): registering, describing and finding online
 * businesses, an agency administrator changing only those of their own agency; with what callers send and read: a
 * business's description and its shops, a registry search, and the summary a list or an export shows.
 */
package org.credence.business.boundary;
