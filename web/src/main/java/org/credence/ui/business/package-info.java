/**
 * The business pages for staff: the search over the registry with its export ({@code BusinessSearch}) and a
 * business's page with its records and list entries ({@code BusinessPage}).
 */
package org.credence.ui.business;
