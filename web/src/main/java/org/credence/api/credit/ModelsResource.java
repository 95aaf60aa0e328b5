package org.credence.api.credit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.api.QueryParameters;
import org.credence.api.problem.Problems;
import org.credence.api.security.Allowed;
import org.credence.credit.boundary.Activation;
import org.credence.credit.boundary.AhpRequest;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.boundary.ModelCreation;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.credit.entity.OutcomeWeightsResult;
import org.credence.credit.entity.Preview;
import org.credence.credit.entity.WeightsResult;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.PublicProfiles;
import org.credence.validation.boundary.OutcomeDrafts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Evaluation models (score-v1): drafts, weights (direct, AHP, entropy, learned from outcomes), preview, activation and
 * retirement. Anyone signed in reads them; the owning agency's administrators (or a SYSTEM_ADMIN)
 * change them.
 */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    @Inject
    PublicProfiles profiles;

    @Inject
    CreditModels models;

    @Inject
    OutcomeDrafts outcomeDrafts;

    @Context
    UriInfo uri;

    @GET
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "Models, newest first, optionally of one agency and status")
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"DRAFT", "ACTIVE", "RETIRED"}))
    public List<ModelView> list(@QueryParam("agency") String agency, @QueryParam("status") String status) {
        return models.list(QueryParameters.text(agency), QueryParameters.text(status));
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
    @Operation(summary = "One model version with its definition")
    public ModelView find(@PathParam("id") long id) {
        return models.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Create a draft: a new version of a model (basedOn) or a new model (definition)")
    @APIResponse(
            responseCode = "201",
            description = "The draft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ModelView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "Where the new resource is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(ModelCreation creation) {
        ModelView model = models.create(creation);
        return Response.created(uri.getBaseUriBuilder()
                        .path("models")
                        .path(String.valueOf(model.id()))
                        .build())
                .entity(model)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(
            summary =
                    "Replace a draft's definition (indicators, categories, half-lives, points, caps, thresholds, vetoes, weights)")
    public ModelView replace(@PathParam("id") long id, ModelDefinition definition) {
        return models.replace(id, definition);
    }

    @PUT
    @Path("{id}/weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Set a draft's weights directly: one per NEGATIVE indicator, at most 6 decimals, summing to 1")
    public WeightsResult setWeights(@PathParam("id") long id, Map<String, BigDecimal> weights) {
        return models.setWeights(id, weights);
    }

    @POST
    @Path("{id}/weights/ahp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(
            summary =
                    "Derive a draft's weights by AHP (flat matrix, or dimensionMatrix with dimensions); CR >= 0.10 is refused")
    public WeightsResult ahp(@PathParam("id") long id, AhpRequest request) {
        return models.deriveByAhp(id, request);
    }

    @POST
    @Path("{id}/weights/entropy")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Derive a draft's weights by entropy over today's loads of every business")
    public WeightsResult entropy(@PathParam("id") long id) {
        return models.deriveByEntropy(id);
    }

    @POST
    @Path("{id}/weights/outcomes")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(
            summary =
                    "Learn weights from the outcomes of the model's random inspections completed in the period (validation-v1; the last 12 months by default) into a new draft version of the model, with the current, learned and cross-validated AUCs and the grade shifts; fewer than 10 hits or 10 clean results is refused")
    public Response outcomes(
            @PathParam("id") long id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        OutcomeWeightsResult result =
                outcomeDrafts.deriveByOutcomes(id, QueryParameters.date("from", from), QueryParameters.date("to", to));
        Locale language = Problems.language(acceptLanguage);
        return Problems.inLanguage(
                Response.created(uri.getBaseUriBuilder()
                                .path("models")
                                .path(String.valueOf(result.draft()))
                                .build())
                        .entity(OutcomeWeightsView.of(result, language))
                        .build(),
                language);
    }

    @GET
    @Path("{id}/preview")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.AUDITOR})
    @Operation(
            summary =
                    "Grade distribution under the draft against the agency's model in force (else market regulation's), and the businesses that would change grade")
    public Preview preview(@PathParam("id") long id, @QueryParam("limit") String limit) {
        return models.preview(id, QueryParameters.number("limit", limit, 100));
    }

    @POST
    @Path("{id}/activation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(
            summary =
                    "Activate a draft from a date (today or later); a full run scores every business under it on that date")
    public ModelView activate(@PathParam("id") long id, Activation activation) {
        ModelView model = models.activate(id, activation);
        return model;
    }

    @POST
    @Path("{id}/retirement")
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Retire an active model")
    public ModelView retire(@PathParam("id") long id) {
        return models.retire(id);
    }

    public record GradePublicity(Boolean enabled) {}

    @PUT
    @Path("{id}/grade-publicity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN})
    @Operation(summary = "Whether the model's grades appear on public business profiles (the owning agency decides)")
    public GradePublicity gradePublicity(@PathParam("id") long id, GradePublicity request) {
        if (request == null || request.enabled() == null) {
            throw new InvalidRequestException("enabled", Message.of("is-required-true-or-false"));
        }
        return new GradePublicity(profiles.setGradePublic(id, request.enabled()));
    }
}
