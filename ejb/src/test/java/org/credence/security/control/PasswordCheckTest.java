package org.credence.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordCheckTest {

    private final List<String> hashed = new ArrayList<>();
    private final PasswordCheck check = new PasswordCheck("stand-in", (password, hash) -> {
        hashed.add(hash);
        return hash.equals("hash-of-" + password);
    });

    @Test
    void aNameThatIsNoUsersCostsOnePasswordHashingAsAUsersDoes() {
        assertEquals(PasswordCheck.Outcome.UNKNOWN_USER, check.check(null, "guess"));
        assertEquals(List.of("stand-in"), hashed);
        hashed.clear();
        assertEquals(
                PasswordCheck.Outcome.WRONG_PASSWORD,
                check.check(new PasswordCheck.Account("hash-of-right", true), "guess"));
        assertEquals(List.of("hash-of-right"), hashed);
        hashed.clear();
        assertEquals(
                PasswordCheck.Outcome.VALID, check.check(new PasswordCheck.Account("hash-of-right", true), "right"));
        assertEquals(1, hashed.size());
    }

    @Test
    void aDisabledUserIsRefusedAfterTheSameWork() {
        assertEquals(
                PasswordCheck.Outcome.DISABLED_USER,
                check.check(new PasswordCheck.Account("hash-of-right", false), "right"));
        assertEquals(List.of("hash-of-right"), hashed);
    }
}
