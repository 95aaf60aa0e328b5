/**
 * The business registry (inspection object directory): online businesses identified by their
 * Unified Social Credit Code, with their shops on online platforms.
 */
package org.credence.business;
