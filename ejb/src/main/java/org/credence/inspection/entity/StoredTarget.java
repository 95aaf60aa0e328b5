package org.credence.inspection.entity;

import java.io.Serializable;
import java.util.List;
import org.credence.credit.entity.Grade;

/**
 * A target as stored, with its team (inspector codes in seat order) and the business's name as registered now (for
 * people reading the draw).
 */
public record StoredTarget(
        long id,
        int ordinal,
        long businessId,
        String uscc,
        Grade grade,
        String ticket,
        String status,
        String unstaffedReason,
        List<String> team,
        String businessName)
        implements Serializable {}
