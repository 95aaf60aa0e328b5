/** How callers authenticate: HTTP Basic against the users and roles in the database. */
package org.credence.api.security;
