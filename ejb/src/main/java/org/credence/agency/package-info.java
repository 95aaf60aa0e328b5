/** The supervising agencies: market regulation, cyberspace, police, communications, post, tax, customs, drugs, forestry. */
package org.credence.agency;
