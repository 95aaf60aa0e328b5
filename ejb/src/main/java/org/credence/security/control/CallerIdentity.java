package org.credence.security.control;

import org.credence.agency.entity.Agency;

/**
 * Who is calling: the user name, whether they are a SYSTEM_ADMIN or an AGENCY_ADMIN, and for agency
 * staff the agency they act for. {@code agency} is null for a SYSTEM_ADMIN or AUDITOR without an agency.
 */
public record CallerIdentity(String name, boolean systemAdmin, boolean agencyAdmin, Agency agency) {

    /**
     * Whether this caller may change data that belongs to {@code owner}: a system administrator, or an
     * administrator of that agency (its inspectors and auditors read it only).
     */
    public boolean mayChangeDataOf(Agency owner) {
        if (systemAdmin) {
            return true;
        }
        return agencyAdmin && agency != null && owner != null && agency.id().equals(owner.id());
    }

    /** The same, for data that names its agency by code. */
    public boolean mayChangeDataOfAgency(String ownerCode) {
        return systemAdmin || (agencyAdmin && agency != null && agency.code().equals(ownerCode));
    }
}
