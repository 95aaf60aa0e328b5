package org.credence.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.credence.audit.boundary.AuditWriter;
import org.credence.audit.control.AuditLog;
import org.credence.platform.Message;
import org.credence.platform.TooManyRequestsException;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.security.control.PasswordCheck;
import org.credence.security.control.PasswordHashing;
import org.credence.security.control.SignInThrottle;
import org.credence.security.control.SignInThrottles;

/**
 * Checks a person's user name and password (the sign-in page and HTTP Basic on the API alike): with
 * the same work for names that are no user's, throttled per user name and per network address with
 * growing waits counted in the database (so every server shares them), and every failure audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIns {

    /** The longest user name kept in an audit entry (the column's width). */
    static final int MAX_ACTOR = 64;

    @Inject
    Database database;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditWriter audit;

    Clock clock = Clock.systemUTC();

    private PasswordCheck check;

    /** A person signed in: their user name as stored and their roles. */
    public record SignedIn(String name, Set<String> roles) {}

    /** Too many failed sign-ins for this name or from this address: wait, then try again. */
    public static final class ThrottledException extends TooManyRequestsException {
        public ThrottledException(long seconds) {
            super(Message.of("signin.throttled", seconds), seconds);
        }
    }

    @PostConstruct
    void start() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        check = new PasswordCheck(passwords.hash(Base64.getEncoder().encodeToString(random)), passwords::matches);
    }

    /**
     * The person if the name and password are right; null if they are not (the failure is counted and
     * audited). Throws {@link ThrottledException} without checking the password while the name or the
     * address must wait.
     */
    public SignedIn signIn(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String userKey = SignInThrottles.userKey(name);
        String addressKey = SignInThrottles.addressKey(address);
        return database.call(c -> {
            SignInThrottle.State user = SignInThrottles.find(c, userKey);
            SignInThrottle.State from = SignInThrottles.find(c, addressKey);
            long wait = Math.max(SignInThrottle.secondsToWait(user, now), SignInThrottle.secondsToWait(from, now));
            if (wait > 0) {
                audit(
                        now,
                        name,
                        "signin.throttled",
                        address,
                        "waits " + wait + " s after "
                                + (user == null ? 0 : user.failures()) + " failures of the name, "
                                + (from == null ? 0 : from.failures()) + " from the address");
                throw new ThrottledException(wait);
            }
            PasswordCheck.Account account = name.isEmpty()
                    ? null
                    : Jdbc.one(
                            c,
                            "select password_hash, enabled from app_user where username = ?",
                            rs -> new PasswordCheck.Account(rs.getString(1), rs.getBoolean(2)),
                            name);
            PasswordCheck.Outcome outcome = check.check(account, password);
            if (outcome == PasswordCheck.Outcome.VALID) {
                if (user != null) {
                    SignInThrottles.succeeded(c, userKey);
                }
                // a person signing in from the address ends its run of failures (an office shares one
                // address); guessing one user's password stays held back by the name's own count
                if (from != null) {
                    SignInThrottles.succeeded(c, addressKey);
                }
                List<String> roles = Jdbc.list(
                        c,
                        "select r.role from app_user_role r join app_user u on u.id = r.user_id"
                                + " where u.username = ?",
                        rs -> rs.getString(1),
                        name);
                return new SignedIn(name, Set.copyOf(roles));
            }
            SignInThrottle.State byName = SignInThrottles.failed(c, userKey, now, SignInThrottle.FREE_PER_USER);
            SignInThrottle.State byAddress =
                    SignInThrottles.failed(c, addressKey, now, SignInThrottle.FREE_PER_ADDRESS);
            // failures no longer counted are removed as new ones come, so names made up by guessers do not pile up
            SignInThrottles.forgetBefore(c, now.minus(SignInThrottle.FORGET_AFTER));
            audit(
                    now,
                    name,
                    "signin.failed",
                    address,
                    switch (outcome) {
                                case UNKNOWN_USER -> "no such user";
                                case DISABLED_USER -> "the user is disabled";
                                default -> "wrong password";
                            }
                            + "; failures in a row: " + byName.failures() + " of the name, " + byAddress.failures()
                            + " from the address");
            return null;
        });
    }

    private void audit(LocalDateTime now, String name, String action, String address, String detail) {
        String actor = name.isEmpty() ? "(none)" : Audited.text(name, MAX_ACTOR);
        audit.append(new AuditLog.Entry(
                        now,
                        actor,
                        AuditLog.ActorKind.USER,
                        null,
                        action,
                        Audited.text(address == null ? "" : "address " + address, 200),
                        null,
                        detail)
                .bounded());
    }
}
