package org.credence.changes.control;

import java.time.LocalDateTime;
import org.credence.changes.entity.ChangeKind;

/** A change about to be appended to the change log. */
public record Change(long businessId, String uscc, ChangeKind kind, long subjectId, long agencyId, LocalDateTime at) {}
