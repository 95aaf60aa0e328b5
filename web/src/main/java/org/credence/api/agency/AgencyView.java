package org.credence.api.agency;

import org.credence.agency.entity.Agency;
import org.credence.agency.entity.AgencyKind;

/** An agency as the API shows it. */
public record AgencyView(String code, String name, AgencyKind kind) {

    public static AgencyView of(Agency agency) {
        return new AgencyView(agency.code(), agency.name(), agency.kind());
    }
}
