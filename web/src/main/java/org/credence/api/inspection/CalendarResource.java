package org.credence.api.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credence.api.QueryParameters;
import org.credence.api.security.Allowed;
import org.credence.inspection.boundary.CalendarDayRequest;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.entity.CalendarDay;
import org.credence.inspection.entity.CalendarYear;
import org.credence.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The working-day calendar: a year's public holidays and make-up working days (调休). */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    InspectionDirectory directory;

    @GET
    @Path("{year}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.INSPECTOR})
    @Operation(summary = "A year's holidays and make-up working days; every other weekday is a working day")
    public List<CalendarDay> year(@PathParam("year") String year) {
        return directory.calendar(QueryParameters.number("year", year, 0));
    }

    @GET
    @Path("{year}/source")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR, Role.Names.INSPECTOR})
    @Operation(
            summary = "Where a year's days come from: ADMIN (an administrator's entries), OFFICIAL (the State Council's"
                    + " notices as the maintained library publishes them) or NONE (deadlines in it are provisional)")
    public CalendarYear source(@PathParam("year") String year) {
        return directory.calendarYear(QueryParameters.number("year", year, 0));
    }

    @DELETE
    @Path("{year}")
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(
            summary =
                    "Give a year an administrator keeps back to the official data (or to none); its deadlines are counted again")
    public CalendarYear release(@PathParam("year") String year) {
        return directory.releaseCalendarYear(QueryParameters.number("year", year, 0));
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.Names.SYSTEM_ADMIN)
    @Operation(
            summary = "Replace a year's holidays and make-up working days (overriding the official data); the year's"
                    + " stored deadlines are counted again")
    public List<CalendarDay> replace(@PathParam("year") String year, List<CalendarDayRequest> days) {
        return directory.replaceCalendar(QueryParameters.number("year", year, 0), days);
    }
}
