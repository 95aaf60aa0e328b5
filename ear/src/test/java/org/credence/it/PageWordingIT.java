package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page, for every role and the public, in Chinese and in English, with the demo data and a
 * drawn plan whose first result is published: no internal code, Java text, scientific notation or
 * ISO timestamp reaches the reader, and the page's own words are in the page's language
 * ({@link PageScan}). A screenshot of each page in each language lands in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class PageWordingIT {

    /** A business of the demo data with records, list entries and a score. */
    private static final String DEMO_BUSINESS = "91110000600037341L";

    /**
     * Every text node of the page, and apart the page's own words: without the data cells (class
     * {@code data}) and without what is marked as another language (the language switch). Identifiers
     * a page shows on purpose, in {@code <code>} elements, are left out.
     */
    private static final String TEXTS = """
            const all = [], own = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode, parent = node.parentElement;
              const text = node.nodeValue.trim();
              if (!text || !parent || parent.closest('script, style, noscript, textarea, code')) continue;
              all.push(text);
              if (!parent.closest('.data, [lang]:not(html)')) own.push(text);
            }
            for (const button of document.querySelectorAll('input[type=submit], input[type=button]')) {
              all.push(button.value);
              if (!button.closest('.data, [lang]:not(html)')) own.push(button.value);
            }
            return [all.join('\\n'), own.join('\\n')];
            """;

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The pages each role opens (as in web.xml's constraints), with what they show filled in. */
    private static Map<String, List<String>> pages(
            String drawKey, long planId, long assignmentId, long draftModel, long jointDraft) {
        String business = "/app/business.xhtml?uscc=" + DEMO_BUSINESS;
        String plan = "/app/plan.xhtml?id=" + planId;
        String draw = "/app/draw.xhtml?key=" + drawKey;
        List<String> staff =
                List.of("/app/index.xhtml", "/app/businesses.xhtml?region=11", business, "/app/items.xhtml");
        List<String> printouts = List.of(
                "/app/inspection-notice.xhtml?id=" + assignmentId, "/app/inspection-record.xhtml?id=" + assignmentId);
        List<String> overseers = List.of(
                "/app/models.xhtml",
                "/app/model.xhtml?id=1",
                "/app/model.xhtml?id=" + draftModel,
                "/app/validation.xhtml?id=1",
                "/app/inspectors.xhtml",
                "/app/plans.xhtml",
                plan,
                draw,
                "/app/measures.xhtml");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                "anonymous",
                List.of(
                        "/index.xhtml",
                        "/signin.xhtml",
                        "/public/business.xhtml?uscc=" + DEMO_BUSINESS,
                        "/public/inspections.xhtml",
                        "/public/draw.xhtml?key=" + drawKey,
                        "/public/draw-list.xhtml?key=" + drawKey,
                        "/public/results.xhtml"));
        pages.put(
                "admin",
                concat(
                        staff,
                        overseers,
                        List.of(
                                "/app/intake.xhtml",
                                "/app/plan-wizard.xhtml",
                                "/app/plan-wizard.xhtml?id=" + planId,
                                "/app/clients.xhtml",
                                "/app/webhooks.xhtml",
                                "/app/audit.xhtml",
                                "/app/calendar.xhtml",
                                "/app/assignment.xhtml?id=" + assignmentId),
                        printouts));
        pages.put(
                "samr-admin",
                concat(
                        staff,
                        overseers,
                        List.of("/app/intake.xhtml", "/app/plan-wizard.xhtml", "/app/plan.xhtml?id=" + jointDraft)));
        pages.put(
                "inspector",
                concat(
                        staff,
                        List.of(
                                "/app/assignments.xhtml",
                                "/app/assignment.xhtml?id=" + assignmentId,
                                "/app/validation.xhtml?id=1"),
                        printouts));
        pages.put(
                "auditor",
                concat(staff, overseers, List.of("/app/webhooks.xhtml", "/app/audit.xhtml", "/app/calendar.xhtml")));
        return pages;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    @Test
    void everyPageOfEveryRoleSpeaksTheReadersLanguageWithoutInternalCodes() {
        // a published plan with a draw, one result published, and a draft (plans of every state have content)
        Api samr = Api.as("samr-admin");
        String item = InspectionApiIT.item(samr, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        String ratios = ", \"ratios\": {\"A\": 1000, \"B\": 1000, \"C\": 1000, \"D\": 1000}";
        long plan = InspectionApiIT.createPlan(
                samr, InspectionApiIT.plan("\"SAMR\"", "\"" + item + "\"", ratios, today().plusDays(10)));
        samr.post("/plans/" + plan + "/publication", "").expect(200);
        String key =
                samr.post("/plans/" + plan + "/draws", "").expect(201).json().getString("key");
        long scheduled = InspectionApiIT.createPlan(
                samr, InspectionApiIT.plan("\"SAMR\"", "\"" + item + "\"", ratios, today().plusDays(20)));
        samr.post("/plans/" + scheduled + "/publication", "").expect(200);
        InspectionApiIT.createPlan(
                samr, InspectionApiIT.plan("\"SAMR\"", "\"" + item + "\"", ratios, today().plusDays(30)));
        // a joint draft that CAC has confirmed and SAMR not yet: its page lists the agencies' confirmations
        Api cac = Api.as("cac-admin");
        String cacItem = InspectionApiIT.item(cac, "CAC", "KEY", null, "CAC-0001");
        long joint = InspectionApiIT.createPlan(
                samr,
                InspectionApiIT.plan(
                        "\"SAMR\", \"CAC\"", "\"" + item + "\", \"" + cacItem + "\"", ratios, today().plusDays(40)));
        cac.post("/plans/" + joint + "/consent", "").expect(200);
        Api inspector = Api.as("inspector");
        JsonObject mine =
                inspector
                        .get("/assignments/mine")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> a.getString("drawKey").equals(key))
                        .findFirst()
                        .orElseThrow();
        long assignment = mine.getJsonNumber("id").longValue();
        inspector
                .put(
                        "/assignments/" + assignment + "/result",
                        "{\"outcome\": \"NO_PROBLEM\", \"completedOn\": \"" + today() + "\"}")
                .expect(200);
        inspector.post("/assignments/" + assignment + "/result/publication", "").expect(200);

        // an agency's system with an agreement and a subscription waiting for approval
        Api admin = Api.as("admin");
        JsonObject client = admin.post("/clients", "{\"name\": \"市场监管数据网关\", \"agency\": \"SAMR\"}")
                .expect(201)
                .json();
        String clientId = client.getString("clientId");
        admin.put(
                        "/clients/" + clientId + "/agreement",
                        "{\"reference\": \"DSA-1\", \"reads\": [\"LISTS\"], \"models\": [1]}")
                .expect(200);
        String token = Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                clientId,
                                "client_secret",
                                client.getString("secret")))
                .expect(200)
                .json()
                .getString("access_token");
        Api.bearer(token)
                .post("/subscriptions", "{\"url\": \"http://127.0.0.1:9/credence\", \"events\": [\"LIST_ENTERED\"]}")
                .expect(201);

        // a draft model of market regulation, whose page holds the index and weight editors
        long draft = samr.post("/models", "{\"basedOn\": 1}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();

        PageScan scan = PageScan.ofApplication();
        List<String> failures = new ArrayList<>();
        int scanned = 0;
        for (Map.Entry<String, List<String>> role :
                pages(key, plan, assignment, draft, joint).entrySet()) {
            browser.driver.manage().deleteAllCookies();
            if (!role.getKey().equals("anonymous")) {
                browser.signIn(role.getKey(), role.getKey());
            }
            for (String language : List.of("zh", "en")) {
                for (String page : role.getValue()) {
                    browser.open(page);
                    if (language.equals("en") && browser.has("language:en")) {
                        browser.click("language:en");
                    }
                    String where = role.getKey() + " " + language + " " + page;
                    assertTrue(browser.has("title"), where);
                    assertFalse(browser.has("error-title"), where + " opens");
                    String lang = browser.driver.findElement(By.tagName("html")).getDomAttribute("lang");
                    assertTrue(lang.startsWith(language), where + " is in " + lang);
                    browser.screenshot("wording-" + role.getKey() + "-" + language + "-"
                            + page.replaceAll("^/", "")
                                    .replaceAll("\\.xhtml.*", "")
                                    .replace('/', '-')
                            + (page.contains("plan-wizard.xhtml?") ? "-edit" : "")
                            + (page.equals("/app/model.xhtml?id=" + draft) ? "-draft" : "")
                            + (page.equals("/app/plan.xhtml?id=" + joint) ? "-joint" : ""));
                    @SuppressWarnings("unchecked")
                    List<String> texts = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(TEXTS);
                    for (String finding : scan.findings(texts.get(0), texts.get(1), language.equals("zh"))) {
                        failures.add(where + ": " + finding);
                    }
                    scanned++;
                }
            }
        }
        assertTrue(scanned >= 100, "pages scanned: " + scanned);
        assertTrue(failures.isEmpty(), failures.size() + " findings:\n" + String.join("\n", failures));
    }
}
