package org.credence.api.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.api.security.Allowed;
import org.credence.security.entity.Role;
import org.credence.violation.boundary.RecordCatalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The catalogue of record categories and positive record types. */
@Path("record-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordCategoriesResource {

    @Inject
    RecordCatalogue catalogue;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(
            summary = "The record categories, their polarity and default severity, and which agencies may"
                    + " report each")
    public List<CategoryView> list() {
        return catalogue.categories().stream().map(CategoryView::of).toList();
    }
}
