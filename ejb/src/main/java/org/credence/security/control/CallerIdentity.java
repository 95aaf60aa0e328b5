package org.credence.security.control;

import org.credence.agency.entity.Agency;

/**
 * Who is calling: the user name and, for agency staff, the agency they act for.
 * {@code agency} is null for a SYSTEM_ADMIN or AUDITOR without an agency.
 */
public record CallerIdentity(String name, boolean systemAdmin, Agency agency) {

    /** Whether this caller may change data that belongs to {@code owner}. */
    public boolean mayChangeDataOf(Agency owner) {
        if (systemAdmin) {
            return true;
        }
        return agency != null && owner != null && agency.id().equals(owner.id());
    }

    /** The same, for data that names its agency by code. */
    public boolean mayChangeDataOfAgency(String ownerCode) {
        return systemAdmin || (agency != null && agency.code().equals(ownerCode));
    }
}
