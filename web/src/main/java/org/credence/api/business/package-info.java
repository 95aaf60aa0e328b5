/**
 * The business registry over HTTP ({@code BusinessesResource}): registration, replacement and search, and a
 * business's records and list entries; with the view of a business.
 */
package org.credence.api.business;
