package org.credence.api.inspection;

import java.util.List;
import org.credence.inspection.entity.StoredTarget;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A selected target in staffing order, with its ticket and its team's inspector codes, or the reason
 * it is UNSTAFFED. The grade is shown to staff only; the public never sees a business's grade.
 */
public record TargetView(
        int ordinal,
        String uscc,
        @Schema(enumeration = {"A", "B", "C", "D"}) String grade,
        String ticket,
        boolean staffed,
        List<String> team,
        String unstaffedReason,
        Long assignment) {

    static TargetView of(StoredTarget t, boolean staff) {
        boolean staffed = "STAFFED".equals(t.status());
        return new TargetView(
                t.ordinal(),
                t.uscc(),
                staff ? t.grade().name() : null,
                t.ticket(),
                staffed,
                t.team(),
                t.unstaffedReason(),
                staff && staffed ? t.id() : null);
    }
}
