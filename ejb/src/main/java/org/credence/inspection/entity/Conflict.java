package org.credence.inspection.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A declared conflict of interest as people and systems read it: the inspector's code and the business's USCC. */
public record Conflict(
        long id, String inspector, String uscc, String reason, LocalDateTime declaredAt, String declaredBy)
        implements Serializable {}
