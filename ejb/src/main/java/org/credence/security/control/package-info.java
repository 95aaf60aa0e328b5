/**
 * Who is calling ({@code CallerIdentity}, resolved by {@code Callers}); password hashing and checking with the
 * same work whoever is named ({@code PasswordHashing}, {@code PasswordCheck}); and the sign-in throttle's rule and
 * its state in the database ({@code SignInThrottle}, {@code SignInThrottles}).
 */
package org.credence.security.control;
