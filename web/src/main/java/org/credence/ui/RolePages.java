package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.entity.Assignment;

/**
 * The data of the signed-in pages, read once per request. Which page a role may open is decided by
 * web.xml's security constraints on the server, not by the menu that hides the others.
 */
@Named
@RequestScoped
public class RolePages {

    @Inject
    Assignments assignments;

    private List<Assignment> mine;

    public List<Assignment> getAssignments() {
        if (mine == null) {
            mine = assignments.mine(true);
        }
        return mine;
    }
}
