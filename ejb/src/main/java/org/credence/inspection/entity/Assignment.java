package org.credence.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A staffed target of a standing draw: who inspects which business for which plan, and the result.
 * {@code team} holds the members' codes and names in seat order. {@code publishDueProvisional}: the deadline
 * reaches into a year whose holidays are not known yet (weekends and New Year's Day only).
 */
public record Assignment(
        long id,
        String drawKey,
        long planId,
        String planName,
        LocalDate drawDate,
        String uscc,
        String businessName,
        String region,
        List<Member> team,
        String outcome,
        String notes,
        LocalDate completedOn,
        Long recordId,
        LocalDateTime recordedAt,
        String recordedBy,
        LocalDate publishDue,
        boolean publishDueProvisional,
        LocalDateTime publishedAt,
        String deadlineFlag,
        List<String> items)
        implements Serializable {

    public record Member(long inspectorId, String code, String name, String username) implements Serializable {}

    public boolean hasMember(String username) {
        return username != null && team.stream().anyMatch(m -> username.equals(m.username()));
    }
}
