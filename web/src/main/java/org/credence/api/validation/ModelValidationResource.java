package org.credence.api.validation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.credence.api.QueryParameters;
import org.credence.api.problem.Problems;
import org.credence.api.security.Allowed;
import org.credence.credit.entity.OutcomeWeightsResult;
import org.credence.security.entity.Role;
import org.credence.validation.boundary.LearnedWeights;
import org.credence.validation.boundary.ModelValidations;
import org.credence.validation.boundary.ObservationView;
import org.credence.validation.boundary.ObservationsView;
import org.credence.validation.boundary.ValidationView;
import org.credence.validation.control.ValidationReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Model validation from the random inspections (validation-v1): the report of a model for a period of
 * completion dates, and the observations behind it as JSON or CSV, so that anyone holding them can
 * recompute every figure. For the model's agency, system administrators and auditors.
 */
@Path("models/{id}/validation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModelValidationResource {

    private static final String CSV = "text/csv";

    @Inject
    ModelValidations validations;

    @Context
    Request request;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(
            summary =
                    "Hit rate by grade with Wilson intervals, prevalence, lift, monotonicity, AUC and Gini of score and grade, PSI between full runs (validation-v1); the period is of completion dates, the last 12 months by default")
    public ValidationView report(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return validations.report(id, QueryParameters.date("from", from), QueryParameters.date("to", to));
    }

    /** The learned weights as the API gives them: a fold's refusal in the reader's language. */
    public record LearnedWeightsView(
            ValidationView.ModelRef model,
            String method,
            LocalDate from,
            LocalDate to,
            long hits,
            long cleans,
            Map<String, BigDecimal> currentWeights,
            String currentMethod,
            Map<String, BigDecimal> learnedWeights,
            List<OutcomeWeightsResult.IndicatorEffect> effects,
            Double currentAuc,
            Double learnedAuc,
            Double crossValidatedAuc,
            String crossValidationRefusal) {}

    @GET
    @Path("weights")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(
            summary =
                    "The weights the outcomes of the period would give (validation-v1), beside the current ones, with the AUC of each and the learned weights' 5-fold cross-validated AUC; nothing is kept (POST /models/{id}/weights/outcomes makes them a draft). Fewer than 10 hits or 10 clean results is refused")
    public Response learnedWeights(
            @PathParam("id") long id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        LearnedWeights w =
                validations.learnedWeights(id, QueryParameters.date("from", from), QueryParameters.date("to", to));
        Locale language = Problems.language(acceptLanguage);
        return Problems.inLanguage(
                Response.ok(new LearnedWeightsView(
                                w.model(),
                                ValidationReport.METHOD,
                                w.from(),
                                w.to(),
                                w.hits(),
                                w.cleans(),
                                w.currentWeights(),
                                w.currentMethod(),
                                w.learnedWeights(),
                                w.effects(),
                                w.currentAuc(),
                                w.learnedAuc(),
                                w.crossValidatedAuc(),
                                w.crossValidationRefusal() == null
                                        ? null
                                        : w.crossValidationRefusal().in(language)))
                        .build(),
                language);
    }

    @GET
    @Path("observations")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(
            summary =
                    "The observations behind the report: draw key, USCC, grade, score, loads, selected and pool counts, inclusion probability, outcome (JSON, or CSV when the request accepts text/csv and not JSON first)")
    @APIResponse(
            responseCode = "200",
            description = "The observations",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ObservationsView.class)),
                @Content(
                        mediaType = CSV,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "drawKey,uscc,grade,score, a load.<indicator> column per indicator, then"
                                                        + " selected,pool,inclusion,weight,outcome,completedOn"))
            })
    public Response observations(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        ObservationsView view =
                validations.observations(id, QueryParameters.date("from", from), QueryParameters.date("to", to));
        Variant chosen =
                request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(CSV))
                        .build());
        if (chosen == null || !CSV.equals(chosen.getMediaType().toString())) {
            return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<String> header = new ArrayList<>(List.of("drawKey", "uscc", "grade", "score"));
        view.indicators().forEach(code -> header.add("load." + code));
        header.addAll(List.of("selected", "pool", "inclusion", "weight", "outcome", "completedOn"));
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter csv = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
                csv.printRecord(header);
                List<Object> row = new ArrayList<>(header.size());
                for (ObservationView o : view.observations()) {
                    row.clear();
                    row.add(o.drawKey());
                    row.add(o.uscc());
                    row.add(o.grade());
                    row.add(plain(o.score()));
                    for (String code : view.indicators()) {
                        row.add(plain(o.loads().get(code)));
                    }
                    row.add(o.selected());
                    row.add(o.pool());
                    row.add(plain(o.inclusion()));
                    row.add(plain(o.weight()));
                    row.add(o.outcome());
                    row.add(o.completedOn());
                    csv.printRecord(row);
                }
            }
        };
        String name = "validation-observations-model-" + id + "-" + view.from() + "-" + view.to() + ".csv";
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** A number as people and spreadsheets read it: the shortest exact decimal, never scientific notation. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
