package org.credence.grizzly;

/**
 * The time a connection has taken over the request header it owes. A connection owes one from the
 * moment it is opened, and again from the first byte it sends after the server's final answer to its
 * previous request; it pays it off when the header has been read whole. Only a header owed for longer
 * than the limit is late: a request body (however long), the server's own work, a connection idle
 * between requests (the listener's keep-alive timeout closes it) and a connection switched to another
 * protocol are never timed here. Not thread-safe: the guard synchronizes on it.
 */
final class HeaderClock {

    private enum State {
        /** A request header is owed, since {@link #since}. */
        HEADER,
        /** The header arrived; the request is being read or answered. */
        REQUEST,
        /** The previous request was answered; nothing is owed until the next byte. */
        IDLE,
        /** Switched to another protocol, or already cut off: never timed again. */
        DONE
    }

    private State state = State.HEADER;
    private long since;
    private boolean sent;

    /** A connection opened at {@code now} (nanoseconds). */
    HeaderClock(long now) {
        since = now;
    }

    /** Bytes arrived at {@code now}. */
    void received(long now) {
        if (state == State.IDLE) {
            state = State.HEADER;
            since = now;
        }
        if (state == State.HEADER) {
            sent = true;
        }
    }

    /** The request's header has been read whole. */
    void headerRead() {
        if (state == State.HEADER) {
            state = State.REQUEST;
            sent = false;
        }
    }

    /** The server sent the header of an answer with this status. */
    void answered(int status) {
        if (status == 101) {
            state = State.DONE;
        } else if (status >= 200 && state == State.REQUEST) {
            state = State.IDLE;
        }
    }

    /**
     * Whether the header owed is later than {@code limit} nanoseconds at {@code now}; a late clock is
     * stopped (it is reported once).
     */
    boolean late(long now, long limit) {
        if (state == State.HEADER && now - since > limit) {
            state = State.DONE;
            return true;
        }
        return false;
    }

    /** Whether any byte of the header owed has arrived (else the connection never said anything). */
    boolean started() {
        return sent;
    }
}
