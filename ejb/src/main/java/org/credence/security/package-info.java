/**
 * Users, roles and the calling identity, and the checks of a person's sign-in: passwords hashed with PBKDF2,
 * checked with the same work for every name, throttled per user name and per address, and audited. The
 * authentication mechanism itself is in the web module.
 */
package org.credence.security;
