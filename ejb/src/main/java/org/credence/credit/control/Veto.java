package org.credence.credit.control;

import org.credence.credit.entity.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The veto rules of score-v1, each capping the grade. */
@Schema(
        name = "VetoCode",
        description = "A veto rule of score-v1: SERIOUS_LIST caps the grade at D, ABNORMAL_LIST,"
                + " RECENT_SERIOUS_RECORD and WORST_FACTOR at C")
public enum Veto {
    SERIOUS_LIST(Grade.D, "on the serious illegal and dishonest list: grade D"),
    ABNORMAL_LIST(Grade.C, "on the abnormal operations list: grade at most C"),
    RECENT_SERIOUS_RECORD(Grade.C, "a SERIOUS record decided within the last 365 days: grade at most C"),
    WORST_FACTOR(Grade.C, "a NEGATIVE indicator's sub-score under the model's limit: grade at most C");

    private final Grade cap;
    private final String description;

    Veto(Grade cap, String description) {
        this.cap = cap;
        this.description = description;
    }

    public Grade cap() {
        return cap;
    }

    public String description() {
        return description;
    }
}
