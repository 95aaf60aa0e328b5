package org.credence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.security.DenyAll;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credence.api.security.Allowed;
import org.credence.api.security.Public;
import org.junit.jupiter.api.Test;

/**
 * The one table of who may call what. Every JAX-RS resource method found in the web module must
 * appear here with exactly the roles it admits, so an endpoint added without an entry fails the build.
 */
class AuthorizationTableTest {

    private static final String ADMINS = "AGENCY_ADMIN,SYSTEM_ADMIN";
    private static final String EVERY_ROLE = "AGENCY_ADMIN,AUDITOR,INSPECTOR,SYSTEM_ADMIN";
    private static final String PUBLIC = "PUBLIC";
    private static final String INSPECTOR = "INSPECTOR";
    private static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    private static final String OVERSIGHT = "AUDITOR,SYSTEM_ADMIN";
    /** People of every role, and agencies' systems within their agreements. */
    private static final String LOOKUP = "AGENCY_ADMIN,AGENCY_CLIENT,AUDITOR,INSPECTOR,SYSTEM_ADMIN";

    private static final String ADMINS_AND_AUDITORS = "AGENCY_ADMIN,AUDITOR,SYSTEM_ADMIN";
    /** Joint measures' cases: the agencies concerned, people and systems, and those who oversee them. */
    private static final String MEASURE_CASES = "AGENCY_ADMIN,AGENCY_CLIENT,AUDITOR,SYSTEM_ADMIN";

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("GET /agencies", EVERY_ROLE),
            Map.entry("GET /agencies/{code}/inspection-caps", EVERY_ROLE),
            Map.entry("PUT /agencies/{code}/inspection-caps", ADMINS),
            Map.entry("DELETE /agencies/{code}/inspection-caps", ADMINS),
            Map.entry("POST /businesses", ADMINS),
            Map.entry("GET /businesses", EVERY_ROLE),
            Map.entry("GET /businesses/{uscc}", EVERY_ROLE),
            Map.entry("PUT /businesses/{uscc}", ADMINS),
            Map.entry("GET /businesses/{uscc}/records", EVERY_ROLE),
            Map.entry("GET /businesses/{uscc}/list-entries", EVERY_ROLE),
            Map.entry("GET /record-categories", EVERY_ROLE),
            Map.entry("POST /records", ADMINS),
            Map.entry("POST /records/batch", ADMINS),
            Map.entry("POST /records/csv", ADMINS),
            Map.entry("GET /records", EVERY_ROLE),
            Map.entry("GET /records/{id}", EVERY_ROLE),
            Map.entry("POST /records/{id}/revocation", ADMINS),
            Map.entry("GET /records/publicity-review", ADMINS),
            Map.entry("POST /records/{id}/publicity-reclassification", ADMINS),
            Map.entry("POST /records/{id}/repair-applications", ADMINS),
            Map.entry("GET /repair-applications/{id}", ADMINS_AND_AUDITORS),
            Map.entry("POST /repair-applications/{id}/decision", ADMINS),
            Map.entry("POST /list-entries", ADMINS),
            Map.entry("GET /list-entries/{id}", EVERY_ROLE),
            Map.entry("POST /list-entries/{id}/removal", ADMINS),
            Map.entry("POST /list-entries/{id}/renewal", ADMINS),
            Map.entry("POST /list-entries/expirations", SYSTEM_ADMIN),
            Map.entry("GET /list-entries/serious-list-candidates", ADMINS_AND_AUDITORS),
            Map.entry("GET /change-log", OVERSIGHT),
            Map.entry("GET /models", EVERY_ROLE),
            Map.entry("GET /models/{id}", EVERY_ROLE),
            Map.entry("POST /models", ADMINS),
            Map.entry("PUT /models/{id}", ADMINS),
            Map.entry("PUT /models/{id}/weights", ADMINS),
            Map.entry("POST /models/{id}/weights/ahp", ADMINS),
            Map.entry("POST /models/{id}/weights/entropy", ADMINS),
            Map.entry("POST /models/{id}/weights/outcomes", ADMINS),
            Map.entry("GET /models/{id}/preview", ADMINS_AND_AUDITORS),
            Map.entry("POST /models/{id}/activation", ADMINS),
            Map.entry("POST /models/{id}/retirement", ADMINS),
            Map.entry("GET /credit/{uscc}", LOOKUP),
            Map.entry("GET /credit/{uscc}/explanation", LOOKUP),
            Map.entry("GET /credit/{uscc}/history", LOOKUP),
            Map.entry("POST /credit/lookup", LOOKUP),
            Map.entry("POST /credit/runs", ADMINS),
            Map.entry("GET /credit/runs", ADMINS_AND_AUDITORS),
            Map.entry("GET /credit/runs/{id}", ADMINS_AND_AUDITORS),
            Map.entry("GET /inspection-items", EVERY_ROLE),
            Map.entry("GET /inspection-items/{code}", EVERY_ROLE),
            Map.entry("POST /inspection-items", ADMINS),
            Map.entry("PUT /inspection-items/{code}", ADMINS),
            Map.entry("GET /inspectors", ADMINS_AND_AUDITORS),
            Map.entry("GET /inspectors/{code}", ADMINS_AND_AUDITORS),
            Map.entry("POST /inspectors", ADMINS),
            Map.entry("PUT /inspectors/{code}", ADMINS),
            Map.entry("GET /inspectors/{code}/conflicts", ADMINS_AND_AUDITORS),
            Map.entry("POST /inspectors/{code}/conflicts", ADMINS),
            Map.entry("GET /calendar/{year}", EVERY_ROLE),
            Map.entry("PUT /calendar/{year}", "SYSTEM_ADMIN"),
            Map.entry("DELETE /calendar/{year}", "SYSTEM_ADMIN"),
            Map.entry("GET /calendar/{year}/source", EVERY_ROLE),
            Map.entry("GET /plans", ADMINS_AND_AUDITORS),
            Map.entry("GET /plans/{id}", ADMINS_AND_AUDITORS),
            Map.entry("POST /plans", ADMINS),
            Map.entry("PUT /plans/{id}", ADMINS),
            Map.entry("POST /plans/{id}/publication", ADMINS),
            Map.entry("POST /plans/{id}/cancellation", ADMINS),
            Map.entry("GET /plans/{id}/consent", ADMINS_AND_AUDITORS),
            Map.entry("POST /plans/{id}/consent", "AGENCY_ADMIN"),
            Map.entry("GET /plans/{id}/draws", ADMINS_AND_AUDITORS),
            Map.entry("GET /plans/{id}/grade-coverage", ADMINS_AND_AUDITORS),
            Map.entry("GET /information-checks", EVERY_ROLE),
            Map.entry("POST /plans/{id}/draws", ADMINS),
            Map.entry("GET /draws/{key}", ADMINS_AND_AUDITORS),
            Map.entry("GET /draws/{key}/targets", ADMINS_AND_AUDITORS),
            Map.entry("GET /draws/{key}/inputs", ADMINS_AND_AUDITORS),
            Map.entry("POST /draws/{key}/verify", ADMINS_AND_AUDITORS),
            Map.entry("POST /draws/{key}/cancellation", "SYSTEM_ADMIN"),
            Map.entry("GET /assignments/mine", INSPECTOR),
            Map.entry("GET /assignments/{id}", INSPECTOR),
            Map.entry("PUT /assignments/{id}/result", INSPECTOR),
            Map.entry("POST /assignments/{id}/result/publication", INSPECTOR),
            Map.entry("POST /assignments/{id}/evidence", INSPECTOR),
            Map.entry("GET /assignments/{id}/evidence", INSPECTOR),
            Map.entry("GET /assignments/{id}/evidence/{file}", INSPECTOR),
            Map.entry("GET /inspection-results/unpublished", ADMINS_AND_AUDITORS),
            Map.entry("GET /inspection-results/abnormal-list-candidates", ADMINS_AND_AUDITORS),
            Map.entry("POST /inspection-results/deadline-check", ADMINS),
            Map.entry("GET /public/plans", PUBLIC),
            Map.entry("GET /public/plans/{id}", PUBLIC),
            Map.entry("GET /public/draws/{key}", PUBLIC),
            Map.entry("GET /public/draws/{key}/targets", PUBLIC),
            Map.entry("GET /public/results", PUBLIC),
            Map.entry("POST /clients", SYSTEM_ADMIN),
            Map.entry("GET /clients", OVERSIGHT),
            Map.entry("GET /clients/{clientId}", OVERSIGHT),
            Map.entry("PUT /clients/{clientId}/agreement", SYSTEM_ADMIN),
            Map.entry("PUT /clients/{clientId}/status", SYSTEM_ADMIN),
            Map.entry("POST /clients/{clientId}/secret", SYSTEM_ADMIN),
            Map.entry("POST /oauth/token", PUBLIC),
            Map.entry("GET /oauth/jwks", PUBLIC),
            Map.entry("POST /signing-keys/rotation", SYSTEM_ADMIN),
            Map.entry("GET /changes", "AGENCY_CLIENT"),
            Map.entry("GET /me", LOOKUP),
            Map.entry("GET /public/businesses/{uscc}", PUBLIC),
            Map.entry("PUT /models/{id}/grade-publicity", ADMINS),
            Map.entry("GET /models/{id}/validation", EVERY_ROLE),
            Map.entry("GET /models/{id}/validation/observations", EVERY_ROLE),
            Map.entry("GET /models/{id}/validation/weights", EVERY_ROLE),
            Map.entry("POST /subscriptions", "AGENCY_CLIENT,SYSTEM_ADMIN"),
            Map.entry("GET /subscriptions", "AGENCY_CLIENT,AUDITOR,SYSTEM_ADMIN"),
            Map.entry("GET /subscriptions/{id}", "AGENCY_CLIENT,AUDITOR,SYSTEM_ADMIN"),
            Map.entry("PUT /subscriptions/{id}/status", SYSTEM_ADMIN),
            Map.entry("GET /subscriptions/{id}/deliveries", "AGENCY_CLIENT,AUDITOR,SYSTEM_ADMIN"),
            Map.entry("POST /subscriptions/deliveries/{deliveryId}/replay", SYSTEM_ADMIN),
            Map.entry("GET /audit", OVERSIGHT),
            Map.entry("POST /audit/verification", OVERSIGHT),
            Map.entry("GET /audit/checkpoints", OVERSIGHT),
            Map.entry("POST /audit/checkpoints/verification", OVERSIGHT),
            Map.entry("GET /audit/keys", OVERSIGHT),
            Map.entry("GET /joint-measures", LOOKUP),
            Map.entry("POST /joint-measures", SYSTEM_ADMIN),
            Map.entry("GET /measure-cases", MEASURE_CASES),
            Map.entry("GET /measure-cases/{id}", MEASURE_CASES),
            Map.entry("POST /measure-cases/{id}/feedback", "AGENCY_ADMIN,AGENCY_CLIENT"));

    @Test
    void everyResourceMethodAdmitsExactlyTheRolesInTheTable() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getMethods()) {
                String verb = httpMethodOf(method);
                if (verb == null) {
                    assertFalse(
                            method.isAnnotationPresent(Path.class),
                            "sub-resource locator " + method
                                    + ": its methods would escape this table; give the endpoint its own resource method");
                    continue;
                }
                String endpoint = verb + " " + pathOf(resource, method);
                assertFalse(actual.containsKey(endpoint), "two methods serve " + endpoint);
                actual.put(endpoint, rolesOf(resource, method));
            }
        }
        assertEquals(
                new TreeMap<>(EXPECTED),
                actual,
                "a resource method's roles differ from the authorization table, or an endpoint is missing from it");
    }

    /**
     * Payara adds a filter of its own, which loads classes under the class loader's lock on every request, to each
     * resource method that carries {@code @RolesAllowed} or {@code @PermitAll}: no resource carries them (the roles
     * are {@code @Allowed}, checked by {@code RoleCheck}).
     */
    @Test
    void noResourceCarriesAnAnnotationPayarasFilterTakes() throws Exception {
        List<String> found = new java.util.ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            List<java.lang.reflect.AnnotatedElement> elements = new java.util.ArrayList<>();
            elements.add(resource);
            elements.addAll(Arrays.asList(resource.getDeclaredMethods()));
            for (var element : elements) {
                for (var annotation : element.getAnnotations()) {
                    if (annotation.annotationType().getPackageName().equals("jakarta.annotation.security")
                            && !annotation.annotationType().getSimpleName().equals("DeclareRoles")) {
                        found.add(element + ": " + annotation);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        var root = Paths.get(CredenceApi.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new java.util.ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, AuthorizationTableTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    classes.add(type);
                }
            }
        }
        assertFalse(classes.isEmpty(), "no resource classes found under " + root);
        return classes;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String pathOf(Class<?> resource, Method method) {
        String path = "/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
        Path sub = method.getAnnotation(Path.class);
        return sub == null ? path : path + "/" + sub.value().replaceAll("^/|/$", "");
    }

    /** The roles a method admits, by the same precedence JAX-RS applies: method annotations over the class's. */
    private static String rolesOf(Class<?> resource, Method method) {
        for (var element : List.of(method, resource)) {
            if (element.isAnnotationPresent(DenyAll.class)) {
                return "NOBODY";
            }
            if (element.isAnnotationPresent(Public.class)) {
                return PUBLIC;
            }
            Allowed roles = element.getAnnotation(Allowed.class);
            if (roles != null) {
                Set<String> sorted = new TreeSet<>(Arrays.asList(roles.value()));
                return sorted.stream().collect(Collectors.joining(","));
            }
        }
        return "UNPROTECTED";
    }
}
