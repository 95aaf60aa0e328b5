package org.credence.security.control;

import java.util.function.BiPredicate;

/**
 * Checks a password with the same work whoever is named: a user that does not exist or is disabled
 * has the password hashed against a stand-in hash, so the time an answer takes does not tell which
 * user names exist.
 */
public final class PasswordCheck {

    /** A user's stored hash and whether they may sign in; null for a name that is no user's. */
    public record Account(String passwordHash, boolean enabled) {}

    /** Why a sign-in failed, for the audit log (never for the person signing in). */
    public enum Outcome {
        VALID,
        UNKNOWN_USER,
        DISABLED_USER,
        WRONG_PASSWORD
    }

    private final String standIn;
    private final BiPredicate<String, String> matches;

    /**
     * @param standIn a hash of a random password, made with the same algorithm and parameters as users' hashes
     * @param matches whether a password (first) matches a stored hash (second)
     */
    public PasswordCheck(String standIn, BiPredicate<String, String> matches) {
        this.standIn = standIn;
        this.matches = matches;
    }

    public Outcome check(Account account, String password) {
        String candidate = password == null ? "" : password;
        if (account == null || account.passwordHash() == null) {
            matches.test(candidate, standIn);
            return Outcome.UNKNOWN_USER;
        }
        boolean right = matches.test(candidate, account.passwordHash());
        if (!account.enabled()) {
            return Outcome.DISABLED_USER;
        }
        return right ? Outcome.VALID : Outcome.WRONG_PASSWORD;
    }
}
