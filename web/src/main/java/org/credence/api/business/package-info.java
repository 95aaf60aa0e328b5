/**
 * The business registry over HTTP ({@code BusinessesResource}): registration, replacement and search, and a
 * business's records and list entries. The views it answers with are shared with the pages, in
 * {@code org.credence.web}.
 */
package org.credence.api.business;
