package org.credence.inspection.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.inspection.entity.Scope;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.security.control.CallerIdentity;

/**
 * Collects every field at fault, then refuses the request at once with all of them (400); and the checks the
 * inspection boundaries share: the agency an entry belongs to, the right to change it, codes and scopes.
 */
final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    void check(boolean ok, String field, Message message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }

    void fail(String field, Message message) {
        errors.add(new FieldError(field, message));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The agency an entry belongs to: the administrator's own, or the one a SYSTEM_ADMIN names. */
    static String agencyOf(CallerIdentity caller, String requested, Validation v) {
        if (caller.systemAdmin()) {
            if (Validation.blank(requested)) {
                v.fail("agency", Message.of("agency-required-of-system-admin"));
                return null;
            }
            return requested.strip();
        }
        if (caller.agency() == null) {
            throw new NotPermittedException(Message.of("your-user-account-belongs-to-no"));
        }
        if (!Validation.blank(requested)
                && !requested.strip().equals(caller.agency().code())) {
            throw new NotPermittedException(
                    Message.of("you-administer-not", caller.agency().code(), requested.strip()));
        }
        return caller.agency().code();
    }

    /** Refused (403) unless the caller may change the agency's entries. */
    static void mayChange(CallerIdentity caller, String agencyCode) {
        if (!caller.mayChangeDataOfAgency(agencyCode)) {
            throw new NotPermittedException(
                    caller.agency() == null
                            ? Message.of("your-user-account-belongs-to-no")
                            : Message.of(
                                    "this-belongs-to-you-administer",
                                    agencyCode,
                                    caller.agency().code()));
        }
    }

    /** A code as typed, stripped and in capitals; null stays null. */
    static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    /** Checks a scope's lists: their lengths first, then every code; field names start with {@code prefix}. */
    static void checkScope(Validation v, Scope scope, String prefix) {
        // bounded before the codes are checked one by one; the stored lists must fit their columns
        for (String list : Scope.LISTS) {
            Message refusal = Scope.tooLong(list, scope.list(list));
            if (refusal != null) {
                v.fail(prefix + list, refusal);
                return;
            }
        }
        for (String p : scope.regionPrefixes()) {
            v.check(
                    p != null && p.matches("\\d{1,6}"),
                    prefix + "regionPrefixes",
                    Message.of("division-code-prefixes-are-to-digits", p));
        }
        for (String t : scope.entityTypes()) {
            v.check(
                    t != null && t.matches("[A-Z_]{1,32}"),
                    prefix + "entityTypes",
                    Message.of("not-an-entity-type", t));
        }
        for (String i : scope.industries()) {
            v.check(
                    i != null && i.matches("[A-Z0-9]{1,5}"),
                    prefix + "industries",
                    Message.of("not-an-industry-code-prefix", i));
        }
        for (String p : scope.platforms()) {
            v.check(
                    p != null && p.matches("[A-Za-z0-9_.-]{1,32}"),
                    prefix + "platforms",
                    Message.of("not-a-platform-code", p));
        }
    }
}
