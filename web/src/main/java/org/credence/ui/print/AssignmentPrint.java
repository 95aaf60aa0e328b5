package org.credence.ui.print;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.credence.inspection.boundary.AssignmentPrintout;
import org.credence.inspection.boundary.Assignments;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.web.Language;

/**
 * The inspection notice (检查通知书) and the inspection record form (检查记录表) of one assignment, as
 * pages that print on A4 from the browser (the print stylesheet leaves out everything but the
 * document). The service decides who may print them: the team and the plan's overseers.
 */
@Named
@RequestScoped
public class AssignmentPrint {

    @Inject
    Assignments assignments;

    @Inject
    Language language;

    private Long id;
    private AssignmentPrintout printout;

    /** Reads the assignment named by {@code ?id=} (a view action). */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            printout = assignments.printout(id);
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** The document's number: the draw key and the assignment's id, unique and printed on both documents. */
    public String getNumber() {
        return printout == null
                ? ""
                : printout.assignment().drawKey() + "-" + printout.assignment().id();
    }

    public AssignmentPrintout getPrintout() {
        return printout;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
