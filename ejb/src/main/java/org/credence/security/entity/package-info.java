/**
 * A person who signs in, as a JPA entity whose table the identity store reads ({@code CredenceUser}), and the
 * roles that are the application's security roles ({@code Role}).
 */
package org.credence.security.entity;
