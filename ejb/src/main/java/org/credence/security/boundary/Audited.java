package org.credence.security.boundary;

/** Text a caller chose (a user name, a path) as an audit entry keeps it: one line, within its column. */
final class Audited {

    private Audited() {}

    static String text(String value, int max) {
        StringBuilder b = new StringBuilder(Math.min(value.length(), max));
        value.codePoints().forEach(cp -> {
            if (b.length() < max) {
                b.appendCodePoint(Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp);
            }
        });
        return b.length() > max ? b.substring(0, max) : b.toString();
    }
}
