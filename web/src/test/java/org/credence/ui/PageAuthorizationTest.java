package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The one table of who may open which signed-in page. web.xml's security constraints enforce it on
 * the server (the menu only hides what they refuse); every page under /app must appear here, so a
 * page added without a decision fails the build. The pages' actions call services that check the
 * caller again.
 */
class PageAuthorizationTest {

    private static final String ANY = "**";
    private static final String STAFF = "AGENCY_ADMIN,AUDITOR,INSPECTOR,SYSTEM_ADMIN";
    private static final String ADMINS = "AGENCY_ADMIN,SYSTEM_ADMIN";
    private static final String ADMINS_AND_AUDITORS = "AGENCY_ADMIN,AUDITOR,SYSTEM_ADMIN";

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("/app/index.xhtml", STAFF), // people only: an agency's system never reads the overview
            Map.entry("/app/businesses.xhtml", STAFF),
            Map.entry("/app/business.xhtml", STAFF),
            Map.entry("/app/models.xhtml", ADMINS_AND_AUDITORS),
            Map.entry("/app/model.xhtml", ADMINS_AND_AUDITORS),
            Map.entry(
                    "/app/validation.xhtml", STAFF), // as the API; the service: the model's agency, overseers, auditors
            Map.entry("/app/intake.xhtml", ADMINS),
            Map.entry("/app/items.xhtml", STAFF),
            Map.entry("/app/inspectors.xhtml", ADMINS_AND_AUDITORS),
            Map.entry("/app/plans.xhtml", ADMINS_AND_AUDITORS),
            Map.entry("/app/plan.xhtml", ADMINS_AND_AUDITORS),
            Map.entry("/app/draw.xhtml", ADMINS_AND_AUDITORS),
            Map.entry("/app/plan-wizard.xhtml", ADMINS),
            Map.entry("/app/assignments.xhtml", "INSPECTOR"),
            Map.entry("/app/assignment.xhtml", STAFF), // the service: its team and its plan's overseers
            Map.entry("/app/inspection-notice.xhtml", STAFF),
            Map.entry("/app/inspection-record.xhtml", STAFF),
            Map.entry("/app/clients.xhtml", "SYSTEM_ADMIN"),
            Map.entry("/app/webhooks.xhtml", "AUDITOR,SYSTEM_ADMIN"),
            Map.entry("/app/calendar.xhtml", "AUDITOR,SYSTEM_ADMIN"),
            Map.entry("/app/measures.xhtml", ADMINS_AND_AUDITORS),
            Map.entry("/app/audit.xhtml", "AUDITOR,SYSTEM_ADMIN"));

    @Test
    void everySignedInPageAdmitsExactlyTheRolesOfTheTable() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Map<String, String> constrained = new TreeMap<>();
        NodeList constraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            NodeList roles = constraint.getElementsByTagName("role-name");
            TreeSet<String> names = new TreeSet<>();
            for (int r = 0; r < roles.getLength(); r++) {
                names.add(roles.item(r).getTextContent().strip());
            }
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                constrained.put(patterns.item(p).getTextContent().strip(), String.join(",", names));
            }
        }
        Map<String, String> effective = new TreeMap<>();
        try (Stream<Path> pages = Files.list(Path.of("src/main/webapp/app"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String path = "/app/" + page.getFileName();
                // an exact pattern wins over the /app/* prefix (Servlet specification, 13.8.1)
                effective.put(path, constrained.getOrDefault(path, constrained.get("/app/*")));
            }
        }
        assertEquals(
                new TreeMap<>(EXPECTED),
                effective,
                "pages and their roles: "
                        + effective.entrySet().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
}
