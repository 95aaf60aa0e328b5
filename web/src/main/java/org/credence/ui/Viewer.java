package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;

/**
 * Who is looking at a page, for deciding what the page offers: the roles, and whether they may change
 * an agency's data. Offering is all it decides; the services check every change again.
 */
@Named
@RequestScoped
public class Viewer {

    @Inject
    Callers callers;

    private CallerIdentity caller;

    private static boolean in(String role) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(role);
    }

    public boolean isSystemAdmin() {
        return in("SYSTEM_ADMIN");
    }

    public boolean isAgencyAdmin() {
        return in("AGENCY_ADMIN");
    }

    /** A system or an agency administrator. */
    public boolean isAdministrator() {
        return isSystemAdmin() || isAgencyAdmin();
    }

    /** Those who see every agency's data: system administrators and auditors. */
    public boolean isOverseer() {
        return isSystemAdmin() || in("AUDITOR");
    }

    /** Whether the viewer may change data of this agency (by code). */
    public boolean mayChange(String agencyCode) {
        return isAdministrator() && caller().mayChangeDataOfAgency(agencyCode);
    }

    /** Whether the viewer works for this agency (by code): its administrators, inspectors and auditors. */
    public boolean ofAgency(String agencyCode) {
        CallerIdentity c = caller();
        return c.agency() != null && c.agency().code().equals(agencyCode);
    }

    /** The viewer as the services know them (read once per request). */
    public CallerIdentity caller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    /**
     * The agency a form acts for: the one a system administrator chose, else the viewer's own (null
     * when they have none, which the service refuses).
     */
    public String actingAgency(String chosen) {
        CallerIdentity c = caller();
        return c.systemAdmin() ? chosen : c.agency() == null ? null : c.agency().code();
    }
}
