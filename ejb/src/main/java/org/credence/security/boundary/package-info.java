/**
 * Signing in and refused access: {@code SignIns} checks a person's user name and password (the sign-in page and
 * HTTP Basic alike), throttled and audited; {@code AccessTrail} audits a refused access wherever it happens;
 * {@code Audited} bounds the text a caller chose that an audit entry keeps.
 */
package org.credence.security.boundary;
