package org.credence.api.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document as it is built (web/pom.xml runs it): every operation gets the error
 * responses it can give, each a problem document, an operation id and a tag named after its resource.
 * <ul>
 * <li>400 where the operation takes parameters or a body;</li>
 * <li>401 and 403 where it needs a signed-in caller;</li>
 * <li>404 where its path names something ({@code {uscc}}, {@code {id}});</li>
 * <li>{@code default} for every other refusal or failure.</li>
 * </ul>
 * An operation without security requirements takes people's Basic; one whose annotations name none is
 * open. The scanner names an operation {@code BusinessesResource_register}; it becomes
 * {@code businessesRegister}, tagged {@code Businesses}, so that no Java class name reaches the document.
 */
public class ApiDocument implements OASFilter {

    public static final String BASIC = "basic";
    public static final String AGENCY_SYSTEM = "agencySystem";
    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHENTICATED = "Unauthenticated";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String OTHER_ERROR = "OtherError";

    /**
     * The query parameters the resources take as text, to refuse a bad value with a problem of their own
     * ({@code QueryParameters}), by what they hold: the same name means the same kind of value everywhere.
     */
    private static final Map<String, String[]> QUERY_TYPES = Map.ofEntries(
            Map.entry("page", new String[] {"integer", "int32", "The page, from 0"}),
            Map.entry("size", new String[] {"integer", "int32", "Items per page"}),
            Map.entry("limit", new String[] {"integer", "int32", "At most this many"}),
            Map.entry("offset", new String[] {"integer", "int32", "Skip this many"}),
            Map.entry("model", new String[] {
                "integer", "int64", "A credit model's id (default: the market" + " regulator's model in force)"
            }),
            Map.entry("after", new String[] {"integer", "int64", "Go on after this cursor"}),
            Map.entry("before", new String[] {"integer", "int64", "Page back from this cursor"}),
            Map.entry("plan", new String[] {"integer", "int64", "A plan's id"}),
            Map.entry("on", new String[] {"string", "date", "The date to answer for (default: today)"}),
            Map.entry("from", new String[] {"string", "date", "First day of the period"}),
            Map.entry("to", new String[] {"string", "date", "Last day of the period"}),
            Map.entry("inPublicityOn", new String[] {"string", "date", "The day"}),
            Map.entry("dryRun", new String[] {"boolean", null, "Only validate; store nothing"}),
            Map.entry(
                    "allOrNothing",
                    new String[] {"boolean", null, "Refuse the whole input when any row is" + " bad (default true)"}),
            Map.entry("open", new String[] {"boolean", null, "Only those not yet published"}));

    private static final Pattern SCANNED_ID = Pattern.compile("([A-Z][A-Za-z0-9]*?)Resource_([A-Za-z0-9]+)");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Tag> tags = new TreeMap<>();
        api.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                name(operation, tags);
                type(operation);
                secure(operation);
                respond(path, operation);
            }
        });
        List<Tag> all = new ArrayList<>(api.getTags() == null ? List.of() : api.getTags());
        for (Tag tag : tags.values()) {
            if (all.stream().noneMatch(t -> t.getName().equals(tag.getName()))) {
                all.add(tag);
            }
        }
        all.sort(Comparator.comparing(Tag::getName));
        api.setTags(all);
    }

    /** {@code BusinessesResource_register}: id {@code businessesRegister}, tag {@code Businesses}. */
    private static void name(Operation operation, Map<String, Tag> tags) {
        Matcher scanned = operation.getOperationId() == null ? null : SCANNED_ID.matcher(operation.getOperationId());
        if (scanned == null || !scanned.matches()) {
            return;
        }
        String resource = scanned.group(1);
        String method = scanned.group(2);
        operation.setOperationId(resource.substring(0, 1).toLowerCase(Locale.ROOT)
                + resource.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT)
                + method.substring(1));
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            String tag = words(resource);
            operation.setTags(new ArrayList<>(List.of(tag)));
            tags.computeIfAbsent(tag, t -> OASFactory.createTag().name(t));
        }
    }

    private static void type(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String[] type = QUERY_TYPES.get(parameter.getName());
            Schema schema = parameter.getSchema();
            if (type == null
                    || parameter.getIn() != Parameter.In.QUERY
                    || schema == null
                    || schema.getType() != Schema.SchemaType.STRING
                    || schema.getFormat() != null) {
                continue;
            }
            schema.setType(Schema.SchemaType.valueOf(type[0].toUpperCase(Locale.ROOT)));
            schema.setFormat(type[1]);
            if (parameter.getDescription() == null) {
                parameter.setDescription(type[2]);
            }
        }
    }

    /** {@code InspectionItems}: {@code Inspection Items}; {@code OAuth} stays. */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    }

    private static void respond(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean input = operation.getRequestBody() != null
                || operation.getParameters() != null
                        && !operation.getParameters().isEmpty();
        if (input) {
            add(responses, "400", BAD_REQUEST);
        }
        if (signedIn(operation)) {
            add(responses, "401", UNAUTHENTICATED);
            add(responses, "403", FORBIDDEN);
        }
        if (path.contains("{")) {
            add(responses, "404", NOT_FOUND);
        }
        add(responses, APIResponses.DEFAULT, OTHER_ERROR);
    }

    /**
     * Every operation says how to sign in: people's Basic unless its annotations say otherwise, nothing
     * where they name no requirement (an open operation). The server drops an empty list when it serves
     * the document, so an open operation has no {@code security} at all and the document none of its own.
     */
    private static void secure(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>(
                    List.of(OASFactory.createSecurityRequirement().addScheme(BASIC))));
        } else if (operation.getSecurity().isEmpty()) {
            operation.setSecurity(null);
        }
    }

    private static boolean signedIn(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    private static void add(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
