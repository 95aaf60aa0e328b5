/**
 * What the EJB module's tests share: a fresh in-memory H2 database with every migration applied
 * ({@code TestDatabase}) and a session context for beans tested outside a container ({@code FakeSession}).
 */
package org.credence.testing;
