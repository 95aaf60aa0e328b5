package org.credence.platform;

import java.util.logging.Logger;

/** One log line per write, in one format: who did what to which thing. */
public final class WriteLog {

    private static final Logger LOG = Logger.getLogger("org.credence.writes");

    private WriteLog() {
    }

    public static void record(String who, String action, String subject) {
        LOG.info(() -> "write action=" + action + " subject=" + subject + " by=" + who);
    }
}
