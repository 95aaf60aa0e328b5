package org.credence.progress.control;

import org.credence.platform.CredenceException;
import org.credence.platform.Message;

/** Why a job failed, as the overview shows it. */
public final class JobFailures {

    private JobFailures() {}

    /**
     * A refusal's reason (the first field's, which the person who started the job was given in full), else only that
     * it failed, the cause being in the server log.
     */
    public static Message of(Exception e) {
        if (e instanceof CredenceException refusal) {
            return refusal.errors().isEmpty()
                    ? refusal.detail()
                    : refusal.errors().get(0).text();
        }
        return Message.of("job.failed");
    }
}
