package org.credence.inspection.boundary;

import java.util.List;
import org.credence.inspection.entity.Assignment;
import org.credence.inspection.entity.Plan;

/**
 * What the inspection notice and the inspection record form of one assignment print: the business
 * (with its online shops), the plan with its items and their legal bases, the draw, and the team with
 * each inspector's code and law-enforcement certificate number, in seat order.
 */
public record AssignmentPrintout(Assignment assignment, Plan plan, List<TeamMember> team, List<Shop> shops) {

    public record TeamMember(String code, String name, String agency, String certificateNumber) {}

    public record Shop(String platform, String shopId, String url) {}
}
