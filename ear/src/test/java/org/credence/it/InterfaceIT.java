package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The interface in a real browser: signing in, each role's menu and pages, the language, the public profile. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class InterfaceIT {

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

    @AfterEach
    void signOut() {
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void eachRoleSeesItsOwnMenuAndItsPagesOnly() {
        Map<String, Set<String>> menus = Map.of(
                "admin",
                        Set.of(
                                "menu-home",
                                "menu-businesses",
                                "menu-models",
                                "menu-intake",
                                "menu-plans",
                                "menu-items",
                                "menu-inspectors",
                                "menu-clients",
                                "menu-webhooks",
                                "menu-calendar",
                                "menu-measures",
                                "menu-audit"),
                "samr-admin",
                        Set.of(
                                "menu-home",
                                "menu-businesses",
                                "menu-models",
                                "menu-intake",
                                "menu-plans",
                                "menu-items",
                                "menu-inspectors",
                                "menu-measures"),
                "inspector", Set.of("menu-home", "menu-businesses", "menu-items", "menu-assignments"),
                "auditor",
                        Set.of(
                                "menu-home",
                                "menu-businesses",
                                "menu-models",
                                "menu-plans",
                                "menu-items",
                                "menu-inspectors",
                                "menu-webhooks",
                                "menu-calendar",
                                "menu-measures",
                                "menu-audit"));
        for (Map.Entry<String, Set<String>> user : menus.entrySet()) {
            browser.signIn(user.getKey(), user.getKey());
            assertEquals(user.getKey(), browser.text("signed-in"));
            assertEquals(user.getValue(), menu(), user.getKey() + "'s menu");
            browser.screenshot("home-" + user.getKey());
            for (String item : user.getValue()) {
                browser.click(item);
                assertTrue(browser.has("title"), item + " opens for " + user.getKey());
                assertFalse(browser.has("error-title"), item + " for " + user.getKey());
                browser.screenshot(item.substring(5) + "-" + user.getKey());
            }
            browser.signOut();
            assertTrue(browser.has("sign-in"), "signed out");
        }
    }

    @Test
    void aPageOfAnotherRoleIsRefusedByTheServerNotOnlyHiddenFromTheMenu() {
        browser.signIn("inspector", "inspector");
        browser.open("/app/clients.xhtml");
        assertEquals("403", browser.text("error-title"));
        assertEquals("您的角色无权打开此页面。", browser.text("error-message"), "a page in the reader's language, not JSON");
        assertFalse(browser.has("clients"), "no client list for an inspector");
        browser.open("/app/no-such-page.xhtml");
        assertEquals("404", browser.text("error-title"));
        browser.open("/app/assignments.xhtml");
        assertTrue(browser.has("assignments"), "the inspector's own page opens");
    }

    @Test
    void aProtectedPageAsksForSignInAndThenOpensAndAWrongPasswordOrAnEmptyFieldSaysWhat() {
        browser.open("/app/audit.xhtml");
        assertTrue(browser.driver.getCurrentUrl().contains("/signin.xhtml"), browser.driver.getCurrentUrl());
        browser.click("signin:submit");
        assertEquals("用户名：必须填写。", browser.text("signin:username-message"), "next to the empty field");
        assertEquals("密码：必须填写。", browser.text("signin:password-message"));
        browser.type("signin:username", "auditor")
                .type("signin:password", "wrong")
                .click("signin:submit");
        assertEquals("用户名或密码错误。", browser.text("messages"));
        browser.screenshot("sign-in-refused");
        browser.type("signin:password", "auditor").click("signin:submit");
        assertTrue(
                browser.driver.getCurrentUrl().endsWith("/app/audit.xhtml"),
                "back where the auditor was going: " + browser.driver.getCurrentUrl());
        browser.click("verification:verify");
        assertTrue(browser.text("verification:result").startsWith("哈希链完整"), browser.text("verification:result"));
        browser.screenshot("audit-verified");
    }

    @Test
    void theLanguageSwitchesOnAnyPageAndStaysForTheSession() {
        browser.open("/index.xhtml");
        assertEquals("查询经营主体", browser.text("title"));
        browser.click("language:en");
        assertEquals("Look up a business", browser.text("title"));
        browser.open("/signin.xhtml");
        assertEquals("Sign in", browser.text("title"));
        assertEquals("en", browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        browser.screenshot("sign-in-english");
        browser.click("language:zh");
        assertEquals("登录", browser.text("title"));
    }

    @Test
    void aFormLeftOpenPastItsSessionComesBackFreshWithAWordOfWhy() {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies(); // the session ends while the page stays open
        browser.click("language:en");
        assertTrue(browser.driver.getCurrentUrl().contains("/index.xhtml?expired=1"), browser.driver.getCurrentUrl());
        assertTrue(browser.text("expired").startsWith("表单打开时间过长"), browser.text("expired"));
        assertFalse(browser.has("error-title"), "not the error page");
    }

    @Test
    void aPublicPageRefusesALargeUploadBeforeReadingIt() throws Exception {
        java.net.URI base = java.net.URI.create(Browser.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            // the headers of a 12 MiB upload, and no body: the answer must come without it
            socket.getOutputStream()
                    .write(("POST " + base.getPath() + "/index.xhtml HTTP/1.1\r\nHost: " + base.getHost()
                                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 12582912\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
        }
    }

    @Test
    void aBusinesssPublicProfileNeedsNoSignIn() {
        String uscc = Api.newUscc();
        Api.as("admin").post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        browser.open("/index.xhtml");
        browser.type("uscc", uscc).click("look-up");
        assertEquals(uscc, browser.text("profile-uscc"));
        assertEquals("主管部门尚未公开信用等级。", browser.text("profile-grade"));
        browser.screenshot("public-profile");
        browser.type("uscc", "91110000600037341X").click("look-up");
        assertTrue(browser.text("uscc-message").startsWith("这不是有效的统一社会信用代码"), browser.text("uscc-message"));
        assertFalse(browser.has("profile"));
    }

    @Test
    void aBusinessIsFoundByNameAndShowsItsScoreWithEachIndicatorsContribution() {
        String uscc = "91110000600037341L";
        Api admin = Api.as("admin");
        String name = admin.get("/businesses/" + uscc).expect(200).json().getString("name");
        int score = Api.eventually("a score for " + uscc, () -> {
            Api.Reply r = admin.get("/credit/" + uscc);
            return r.status() == 200 ? r.json().getInt("score") : null;
        });
        browser.signIn("samr-admin", "samr-admin");
        browser.click("menu-businesses");
        browser.type("search:name", name);
        browser.find("search:go").click();
        browser.waitFor(() ->
                browser.driver.findElements(By.cssSelector("a.business-link")).size() == 1);
        browser.screenshot("businesses-search");
        browser.click(browser.driver.findElement(By.cssSelector("a.business-link")));
        assertEquals(name, browser.text("title"));
        assertEquals(uscc, browser.text("business-uscc"));
        assertEquals(String.valueOf(score), browser.text("business-score"));
        assertTrue(browser.has("explanation-chart"), "the indicators' contributions as a chart");
        assertTrue(
                browser.driver
                                .findElements(By.cssSelector("#indicators tbody tr"))
                                .size()
                        > 1,
                "and as a table");
        browser.screenshot("business");

        // a link to the business's page, followed while signed out, leads back to that business after signing in
        browser.signOut();
        browser.open("/app/business.xhtml?uscc=" + uscc);
        browser.type("signin:username", "auditor")
                .type("signin:password", "auditor")
                .click("signin:submit");
        assertEquals(uscc, browser.text("business-uscc"));
    }

    /**
     * One plan of market regulation, published and drawn through the API, for the tests of the public
     * draw page and of an inspector's result. Its scope is a county of Hunan of its own, holding three
     * businesses registered for it (so that no earlier draw, of this run or of an earlier one on the
     * same database, excludes them): all three are targets, staffed by inspectors SAMR-0001 (login
     * "inspector") and SAMR-0002.
     */
    private static synchronized JsonObject drawnPlan() {
        if (drawn == null) {
            Api samr = Api.as("samr-admin");
            String region = "43" + (1000 + new java.util.Random().nextInt(9000));
            drawnRegion = region;
            for (int i = 0; i < 3; i++) {
                String uscc = Api.newUscc();
                Api.as("admin")
                        .post(
                                "/businesses",
                                RegistryApiIT.business(uscc, "界面测试企业 " + uscc, region, "taobao", "ui-" + uscc))
                        .expect(201);
            }
            String item = InspectionApiIT.item(samr, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
            drawnItem = item;
            long plan = InspectionApiIT.createPlan(samr, """
                    {"name": "界面测试计划 Interface test plan", "agencies": ["SAMR"], "items": ["%s"], "date": "%s",
                     "scope": {"regionPrefixes": ["%s"]}, "teamSizes": {"A": 2, "B": 2, "C": 2, "D": 2},
                     "ratios": {"A": 10000, "B": 10000, "C": 10000, "D": 10000}}
                    """.formatted(item, today().plusDays(30), region));
            samr.post("/plans/" + plan + "/publication", "").expect(200);
            drawn = samr.post("/plans/" + plan + "/draws", "").expect(201).json();
        }
        return drawn;
    }

    private static JsonObject drawn;
    private static String drawnRegion;
    private static String drawnItem;

    @Test
    void publishedPlansAndDrawsAreReadableWithoutSignInWithHowToCheckThem() throws Exception {
        JsonObject draw = drawnPlan();
        String key = draw.getString("key");
        String seed = draw.getString("seed");

        browser.open("/public/inspections.xhtml");
        browser.click(browser.driver.findElement(By.linkText(key)));
        assertEquals(key, browser.text("draw-key"));
        assertEquals(seed, browser.text("draw-seed"));
        String sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(sha256, browser.text("draw-commitment"), "the published commitment is the seed's SHA-256");
        assertEquals(draw.getString("poolHash"), browser.text("draw-pool-hash"));
        assertEquals(
                3,
                browser.driver
                        .findElements(By.cssSelector("#targets-form\\:targets tbody tr"))
                        .size(),
                "the plan's three targets");
        for (WebElement name :
                browser.driver.findElements(By.cssSelector("#targets-form\\:targets tbody td.business"))) {
            assertTrue(name.getText().startsWith("界面测试企业 "), "each target with its business's name: " + name.getText());
        }
        assertEquals(
                3,
                browser.driver
                        .findElements(By.cssSelector("#targets-form\\:targets tbody td.business a"))
                        .size());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView()", browser.find("targets-form:targets"));
        browser.screenshot("public-draw-targets");
        assertTrue(browser.text("verify").contains("verify-draw.py"));
        browser.screenshot("public-draw");
    }

    @Test
    void anInspectorRecordsAResultWithEvidenceAndPublishesItAndThePublicProfileShowsIt() throws Exception {
        String key = drawnPlan().getString("key");
        JsonObject assignment = Api.as("inspector")
                .get("/assignments/mine")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> key.equals(a.getString("drawKey")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the inspector has no assignment in draw " + key));
        long id = assignment.getJsonNumber("id").longValue();
        String uscc = assignment.getString("uscc");

        browser.signIn("inspector", "inspector");
        browser.click("menu-assignments");
        browser.click(browser.driver.findElement(By.cssSelector("a.assignment-link[href*='id=" + id + "']")));
        // the evidence file chosen with a form that is refused stays attached until the result is stored
        Path png = Files.createTempFile("evidence", ".png");
        Files.write(
                png,
                java.util.Base64.getDecoder()
                        .decode(
                                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="));
        browser.driver
                .findElement(By.cssSelector("form#result input[type=file]"))
                .sendKeys(png.toString());
        browser.click("result:save");
        assertEquals("结果：必须填写。", browser.text("result:outcome-message"), "next to the field left empty");
        assertEquals(
                "已附加：" + png.getFileName() + "（70 B），将随检查结果一并保存",
                browser.text("result:attached-file"),
                "the file stays with the form the page refused");
        // violations found: the penalty record's fields appear, and an incomplete record is refused with the result
        browser.pick("result:outcome", "VIOLATIONS_FOUND");
        browser.waitFor(() -> browser.has("result:category"));
        browser.type("result:completedOn", today().toString()).type("result:decisionNumber", "市监处〔2026〕1号");
        browser.click("result:save");
        assertEquals(
                "必须填写", browser.text("result:category-message"), "the service's refusal in Chinese next to its field");
        assertEquals(
                "—",
                Api.as("inspector").get("/assignments/" + id).expect(200).json().getString("outcome", "—"),
                "nothing recorded");
        assertTrue(
                browser.text("result:attached-file").contains(png.getFileName().toString()),
                "the file stays with the form the service refused");
        browser.screenshot("assignment-violations-refused");
        // the same refusal in English on an English page
        browser.click("language:en");
        browser.click("result:save");
        assertEquals("is required", browser.text("result:category-message"));
        assertTrue(
                browser.text("result:attached-file").startsWith("Attached: " + png.getFileName()),
                browser.text("result:attached-file"));
        browser.screenshot("assignment-violations-refused-english");
        browser.click("language:zh");

        browser.pick("result:outcome", "NO_PROBLEM");
        browser.waitFor(() -> !browser.has("result:category")); // no penalty record without violations
        browser.type("result:completedOn", today().toString()).type("result:notes", "店铺页面与登记信息一致。");
        browser.click("result:save"); // the file held since the first try goes with the result
        assertEquals("检查结果已保存。", browser.text("result:result-messages"), "next to the form just sent");
        assertEquals(
                png.getFileName().toString(),
                browser.driver
                        .findElement(By.cssSelector("#evidence-files tbody tr td"))
                        .getText());
        assertFalse(browser.has("result:attached-file"), "stored, so no longer held");
        browser.screenshot("assignment-recorded");
        // more evidence without sending the result again
        browser.driver.findElement(By.cssSelector("form#more input[type=file]")).sendKeys(png.toString());
        browser.click("more:add");
        assertEquals("证据材料已添加。", browser.text("more:more-messages"));
        assertEquals(
                2,
                browser.driver
                        .findElements(By.cssSelector("#evidence-files tbody tr"))
                        .size());

        String question =
                browser.confirmAsked("publication:publish"); // publishing cannot be undone: the page asks first
        assertTrue(question.contains(uscc) && question.startsWith("确定公示对"), question);
        assertEquals("检查结果已公示。", browser.text("messages"), "above the page: the form just sent is gone");
        assertFalse(browser.has("result"), "a published result no longer changes");
        browser.signOut();

        // the evidence opens for the other member of the team and for an overseer, and for no other inspector
        Path downloaded = Browser.DOWNLOADS.resolve(png.getFileName().toString());
        Files.deleteIfExists(downloaded);
        browser.signIn("inspector2", "inspector2");
        browser.open("/app/assignment.xhtml?id=" + id);
        browser.driver
                .findElements(By.cssSelector("#evidence-files a.evidence-download"))
                .get(0)
                .click();
        browser.waitFor(() -> Files.exists(downloaded)
                && downloaded.toFile().length() == png.toFile().length());
        assertTrue(
                java.util.Arrays.equals(Files.readAllBytes(png), Files.readAllBytes(downloaded)),
                "the file as uploaded");
        browser.signOut();
        browser.signIn("auditor", "auditor");
        browser.open("/app/assignment.xhtml?id=" + id);
        assertEquals(
                2,
                browser.driver
                        .findElements(By.cssSelector("#evidence-files a.evidence-download"))
                        .size(),
                "an auditor oversees every plan");
        assertFalse(browser.has("result:save"), "and records nothing");
        browser.signOut();
        browser.signIn("cac-inspector", "cac-inspector");
        browser.open("/app/assignment.xhtml?id=" + id);
        assertFalse(browser.has("evidence-files"), "an inspector of another team sees no evidence");
        assertFalse(browser.text("messages").isBlank(), "the refusal is said");
        browser.screenshot("assignment-refused-to-another-inspector");
        browser.signOut();

        browser.open("/public/business.xhtml?uscc=" + uscc);
        String results = browser.text("inspections");
        assertTrue(results.contains("界面测试计划") && results.contains("未发现问题"), results);
        browser.screenshot("public-profile-with-result");

        browser.open("/public/inspections.xhtml");
        browser.click("results-link");
        browser.type("filter:uscc", uscc).click("filter:go");
        String listed = browser.text("list:results");
        assertTrue(listed.contains(uscc) && listed.contains("未发现问题") && listed.contains("SAMR-0001"), listed);
        browser.screenshot("public-results");

        // results by plan, completion date, region and outcome; the filter stays in the address
        browser.open("/public/results.xhtml");
        browser.pick(
                "filter:plan",
                String.valueOf(drawnPlan().getJsonNumber("planId").longValue()));
        String today = today().toString();
        browser.type("filter:region", drawnRegion).type("filter:from", today).type("filter:to", today);
        browser.pick("filter:outcome", "NO_PROBLEM");
        browser.click("filter:go");
        assertTrue(browser.driver.getCurrentUrl().contains("region=" + drawnRegion), browser.driver.getCurrentUrl());
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#list\\:results tbody tr"));
        assertEquals(1, rows.size(), "the one result of the plan's county: " + browser.text("list:results"));
        assertTrue(rows.get(0).getText().contains(uscc), rows.get(0).getText());
        browser.screenshot("public-results-filtered");
        browser.pick("filter:outcome", "VIOLATIONS_FOUND");
        browser.click("filter:go");
        assertTrue(browser.driver.getCurrentUrl().contains("outcome=VIOLATIONS_FOUND"), browser.driver.getCurrentUrl());
        assertFalse(browser.text("list:results").contains(uscc), "no result of the county with violations found");
        browser.type("filter:region", "4x").click("filter:go");
        assertFalse(
                browser.text("filter:region-message").isEmpty(),
                "a region that is no code is refused next to its field");

        // staff see the business's inspections on its page
        browser.signIn("samr-admin", "samr-admin");
        browser.open("/app/business.xhtml?uscc=" + uscc);
        String inspections = browser.text("inspections");
        assertTrue(inspections.contains(key) && inspections.contains("未发现问题"), inspections);
    }

    @Test
    void anAgencyAdministratorEditsTheIndexDerivesWeightsByAhpPreviewsActivatesAndRetiresAModel() {
        String name = "界面测试模型 " + Api.newShopId();
        browser.signIn("cac-admin", "cac-admin");
        browser.click("menu-models");
        browser.type("create:name", name);
        browser.pick("create:start", "1"); // a copy of market regulation's model
        browser.click("create:submit");
        assertTrue(browser.text("title").startsWith(name), browser.text("title"));
        assertEquals("草稿", browser.text("model-status"));

        // the tree editor: a new indicator with a bad code is refused next to its field, and changes nothing
        browser.tab("sections:structure-tab");
        browser.click(browser.find("sections:structure:dimensions:0:add-indicator"));
        browser.type("sections:structure:dimensions:0:indicators:2:code", "bad code");
        browser.click("sections:structure:save");
        assertTrue(
                browser.text("sections:structure:dimensions:0:indicators:2:code-message")
                        .contains("大写字母"),
                browser.text("sections:structure:dimensions:0:indicators:2:code-message"));
        browser.screenshot("model-structure-refused");
        assertTrue(browser.decline("sections:structure:dimensions:0:indicators:2:remove")
                .startsWith("确定从指标体系中删除指标"));
        assertTrue(browser.has("sections:structure:dimensions:0:indicators:2:code"), "declined: the row stays");
        browser.confirm("sections:structure:dimensions:0:indicators:2:remove");
        assertFalse(browser.has("sections:structure:dimensions:0:indicators:2:code"), "the new row is gone again");

        // weights typed directly: the running sum follows the typing
        browser.tab("sections:weights-tab");
        WebElement sum = browser.find("sections:weights:sum");
        assertEquals(0, new java.math.BigDecimal(sum.getText()).compareTo(java.math.BigDecimal.ONE), sum.getText());
        assertTrue(sum.getDomAttribute("class").contains("ok"));
        browser.type("sections:weights:direct:0:weight", "0.5");
        // 0.5 in place of 0.047608: the sum the page shows once the last keystroke is in
        browser.waitFor(() -> {
            try {
                return new java.math.BigDecimal(browser.text("sections:weights:sum"))
                                .compareTo(new java.math.BigDecimal("1.452392"))
                        == 0;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false; // replaced while read: read it again
            }
        });
        assertTrue(
                browser.find("sections:weights:sum").getDomAttribute("class").contains("broken"),
                "a sum other than 1 is marked");

        // entropy weights from the population's loads: first shown with the grades they would give, nothing stored
        long modelId = Api.as("cac-admin")
                .get("/models?agency=CAC&status=DRAFT")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> name.equals(m.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no draft " + name))
                .getJsonNumber("id")
                .longValue();
        JsonObject storedBefore =
                Api.as("cac-admin").get("/models/" + modelId).expect(200).json();
        String methodBefore = browser.text("model-method");
        browser.tab("sections:entropy-tab");
        browser.click("sections:entropy:derive");
        assertTrue(browser.text("messages").startsWith("尚未保存"), browser.text("messages"));
        assertEquals(methodBefore, browser.text("model-method"), "nothing stored yet");
        assertEquals(
                browser.driver
                        .findElements(By.cssSelector("input[id^='sections:weights:direct:'][id$=':weight']"))
                        .size(),
                browser.driver
                        .findElements(By.cssSelector("#weights-review\\:changes tbody tr"))
                        .size(),
                "every weight, old and new");
        assertTrue(browser.text("preview-summary").contains("个经营主体中有"), "the grade shifts before anything is stored");
        browser.screenshot("model-weights-review");
        browser.click("weights-review:discard");
        assertEquals("已放弃新权重；已保存的权重未变。", browser.text("messages"));
        assertEquals(methodBefore, browser.text("model-method"));
        assertEquals(
                storedBefore.toString(),
                Api.as("cac-admin").get("/models/" + modelId).expect(200).json().toString(),
                "discarding stores nothing");
        browser.tab("sections:entropy-tab");
        browser.click("sections:entropy:derive");
        browser.click("weights-review:confirm");
        assertEquals("权重已保存（熵权法）。", browser.text("messages"));
        browser.tab("sections:entropy-tab");
        assertTrue(
                browser.text("sections:entropy:counted").matches(".*\\d+"), browser.text("sections:entropy:counted"));
        assertEquals("熵权法", browser.text("model-method"));
        browser.tab("sections:ahp-tab");
        assertTrue(
                browser.text("sections:ahp:judgements-not-applied").contains("熵权法"),
                "the judgements stay, marked as not applied");

        // AHP: an inconsistent matrix shows its CR as the judgements change, marks the worst pair and is refused
        browser.tab("sections:ahp-tab");
        for (String[] judgement :
                List.of(new String[] {"0", "9"}, new String[] {"1", "1/9"}, new String[] {"2", "9"})) {
            browser.choose(matrixCells("CONSUMER_RIGHTS").get(Integer.parseInt(judgement[0])), judgement[1]);
        }
        WebElement cr = browser.driver.findElement(By.cssSelector("div.matrix[data-key=CONSUMER_RIGHTS] .cr"));
        assertTrue(Double.parseDouble(cr.getText()) >= 0.10, cr.getText());
        assertTrue(cr.getDomAttribute("class").contains("broken"));
        assertEquals(
                2,
                browser.driver
                        .findElements(By.cssSelector("div.matrix[data-key=CONSUMER_RIGHTS] td.worst"))
                        .size(),
                "the most inconsistent pair is marked on both sides of the diagonal");
        browser.screenshot("model-ahp-inconsistent");
        browser.click("sections:ahp:derive");
        String refusal = browser.text("sections:ahp:ahp-messages");
        assertTrue(refusal.contains("CONSUMER_RIGHTS") && refusal.contains("CR"), refusal);

        // consistent judgements (the default model's) are taken
        for (String[] judgement :
                List.of(new String[] {"0", "3"}, new String[] {"1", "2"}, new String[] {"2", "1/2"})) {
            browser.choose(matrixCells("CONSUMER_RIGHTS").get(Integer.parseInt(judgement[0])), judgement[1]);
        }
        assertTrue(Double.parseDouble(browser.driver
                        .findElement(By.cssSelector("div.matrix[data-key=CONSUMER_RIGHTS] .cr"))
                        .getText())
                < 0.10);
        browser.click("sections:ahp:derive");
        assertEquals("熵权法", browser.text("model-method"), "reviewed first");
        browser.click("weights-review:confirm");
        assertEquals("权重已保存（层次分析法（多层））。", browser.text("messages"));
        assertEquals("层次分析法（多层）", browser.text("model-method"));
        // entropy weights in place of AHP-derived ones: the review says so, and discarding keeps the AHP weights
        JsonObject ahpStored =
                Api.as("cac-admin").get("/models/" + modelId).expect(200).json();
        browser.tab("sections:entropy-tab");
        browser.click("sections:entropy:derive");
        assertTrue(browser.text("weights-review:replacing").contains("层次分析法"), "says the AHP judgements stop applying");
        browser.screenshot("model-weights-review-replacing");
        browser.click("weights-review:discard");
        assertEquals("层次分析法（多层）", browser.text("model-method"));
        assertEquals(
                ahpStored.toString(),
                Api.as("cac-admin").get("/models/" + modelId).expect(200).json().toString());

        // preview: the grades under the draft beside the model in force
        browser.tab("sections:preview-tab");
        browser.click("sections:preview:run");
        assertTrue(browser.text("preview-summary").contains("个经营主体中有"), browser.text("preview-summary"));
        assertEquals(
                4,
                browser.driver
                        .findElements(By.cssSelector("[id='sections:preview:preview-grades'] tbody tr"))
                        .size());
        assertTrue(browser.has("sections:preview:preview-chart"));
        browser.screenshot("model-preview");

        // activation and retirement, each after a confirmation that names the model
        browser.tab("sections:activation-tab");
        assertTrue(browser.confirmAsked("sections:activation:activate").contains("“" + name + "”"));
        assertEquals("已启用", browser.text("model-status"));
        assertFalse(browser.has("sections:structure"), "an active model is not edited");
        assertTrue(
                browser.driver.getCurrentUrl().contains("model.xhtml?id="),
                "the address still names the model: " + browser.driver.getCurrentUrl());
        browser.driver.navigate().refresh();
        assertEquals("已启用", browser.text("model-status"), "a reload shows the same model");
        browser.screenshot("model-active");
        assertTrue(browser.confirmAsked("retirement:retire").contains("“" + name + "”"));
        assertEquals("已停用", browser.text("model-status"));
    }

    @Test
    void anAdministratorAddsAnItemDraftsAPlanInTheWizardPublishesItDrawsSeesTheTeamsAndVerifiesTheDraw() {
        // three businesses in a county of their own, so that nothing drawn earlier excludes them
        String region = "43" + (1000 + new java.util.Random().nextInt(9000));
        for (int i = 0; i < 3; i++) {
            String uscc = Api.newUscc();
            Api.as("admin")
                    .post("/businesses", RegistryApiIT.business(uscc, "向导测试企业 " + uscc, region, "jd", "wizard-" + uscc))
                    .expect(201);
        }
        String item = "SAMR-UI-"
                + Integer.toString(new java.util.Random().nextInt(Integer.MAX_VALUE), 36)
                        .toUpperCase();

        browser.signIn("samr-admin", "samr-admin");
        browser.click("menu-items");
        browser.type("item:code", item)
                .type("item:name", "界面测试事项 Interface test item")
                .type("item:legalBasis", "《电子商务法》第十五条")
                .type("item:annualCap", "");
        browser.click("item:save");
        assertTrue(
                browser.text("item:annualCap-message").startsWith("必须填写"),
                "next to the field left empty, in Chinese: " + browser.text("item:annualCap-message"));
        Api.as("samr-admin").get("/inspection-items/" + item).problem(404); // nothing stored
        browser.type("item:annualCap", "2").click("item:save");
        assertEquals(item + " 已保存。", browser.text("item:item-messages"), "next to the form just sent");
        assertTrue(browser.text("messages").isEmpty(), "not above the page");
        assertEquals(
                2,
                Api.as("samr-admin")
                        .get("/inspection-items/" + item)
                        .expect(200)
                        .json()
                        .getInt("annualCap"));
        browser.screenshot("items");
        InspectionApiIT.qualify("SAMR-0001", item);
        InspectionApiIT.qualify("SAMR-0002", item);

        browser.click("menu-plans");
        browser.click("new-plan");
        browser.type("wizard:name", "向导测试计划 Wizard test plan");
        browser.driver
                .findElement(By.cssSelector("input[type=checkbox][value='" + item + "']"))
                .click();
        browser.screenshot("plan-wizard");
        next("wizard:regions");
        browser.type("wizard:regions", region);
        next("wizard:grades:0:ratio");
        for (int g = 0; g < 4; g++) {
            browser.type("wizard:grades:" + g + ":ratio", "100").type("wizard:grades:" + g + ":team", "2");
        }
        next("wizard:date");
        next("wizard:save");
        browser.screenshot("plan-wizard-confirm");
        browser.click("wizard:save");
        assertEquals("草稿", browser.text("plan-status"));

        browser.confirm("publication:publish");
        assertEquals("已发布", browser.text("plan-status"));
        assertFalse(browser.has("publication"), "a published plan is published once");
        assertFalse(
                browser.text("messages").isEmpty(), "so its confirmation is above the page, not lost with its form");
        String commitment = browser.driver
                .findElement(By.cssSelector("#draws code.commitment"))
                .getText();
        assertEquals(64, commitment.length(), "the seed commitment is public from publication on");
        browser.screenshot("plan-published");

        browser.type("drawing:entropy", "lottery-2026-ui");
        browser.confirm("drawing:draw");
        assertEquals("已抽取", browser.text("draw-status"));
        assertEquals(commitment, browser.text("draw-commitment"));
        List<WebElement> teams = browser.driver.findElements(By.cssSelector("#targets-form\\:targets .team"));
        assertEquals(3, teams.size(), "every business of the county drawn, each with a team");
        teams.forEach(team -> assertTrue(
                team.getText().contains("SAMR-0001") && team.getText().contains("SAMR-0002"), team.getText()));
        List<WebElement> names = browser.driver.findElements(By.cssSelector("#targets-form\\:targets td.business"));
        assertEquals(3, names.size());
        names.forEach(
                name -> assertTrue(name.getText().startsWith("向导测试企业 "), "the business's name: " + name.getText()));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView()", browser.find("targets-form:targets"));
        browser.screenshot("draw-targets-staff");
        browser.click("verification:verify");
        assertTrue(browser.text("verify-result").startsWith("核验通过"), browser.text("verify-result"));
        browser.screenshot("draw-verified");
    }

    /** The wizard's next step, once the field that step shows is there. */
    private static void next(String fieldOfNextStep) {
        browser.driver.findElement(By.cssSelector(".ui-wizard-nav-next")).click();
        browser.waitFor(() -> browser.has(fieldOfNextStep));
    }

    @Test
    void anAdministratorUploadsRecordsSeesTheRefusedRowsDownloadsThemAndTheOverviewShowsTheIntake() throws Exception {
        String uscc = Api.newUscc();
        Api.as("admin").post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        LocalDate today = today();
        String header =
                "uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,penaltyAmount,sourceRecordId\n";
        String good = uscc + ",,FAKE_PRICE_PROMOTION,MINOR,价〔1〕," + today.minusDays(2)
                + ",价格法第十四条,NOTICE_OF_CRITICISM,,ui-" + Api.newShopId() + "\n";
        String bad = uscc + ",,FAKE_PRICE_PROMOTION,MINOR,价〔2〕,yesterday,价格法第十四条,,,ui-" + Api.newShopId() + "\n";
        Path file = Files.createTempFile("records", ".csv");
        Files.writeString(file, header + good + bad);

        browser.signIn("samr-admin", "samr-admin");
        browser.click("menu-intake");
        WebElement upload = browser.driver.findElement(By.cssSelector("#upload input[type=file]"));
        upload.sendKeys(file.toString());
        browser.waitFor(() -> browser.has("intake-errors"));
        assertEquals("1", browser.text("intake-errors"));
        assertTrue(browser.text("intake-written").startsWith("否"), "a file with a bad row is refused whole");
        assertFalse(browser.has("intake-created"), "a refused file reports no rows as created");
        assertEquals(
                "应为 2026-03-31 这样的日期",
                browser.driver
                        .findElements(By.cssSelector("#errors tbody tr td"))
                        .get(2)
                        .getText(),
                "the row's refusal in Chinese");
        String line = browser.driver
                .findElement(By.cssSelector("#errors tbody tr td"))
                .getText();
        assertEquals("3", line, "the bad row by its line in the file");
        browser.screenshot("intake-refused");
        assertEquals(
                0,
                Api.as("samr-admin")
                        .get("/businesses/" + uscc + "/records")
                        .expect(200)
                        .json()
                        .getInt("total"));

        Path report = browser.download(
                "download:export-csv", file.getFileName().toString().replace(".csv", "") + "-errors.csv");
        List<String> rows = Files.readAllLines(report);
        assertEquals("\ufeff行号,字段,原因", rows.get(0), "the header in the reader's language");
        assertTrue(rows.get(1).startsWith("3,decisionDate,"), rows.get(1));

        Files.writeString(file, header + good);
        WebElement refusedReport = browser.find("intake-written");
        browser.driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
        browser.replaced(refusedReport);
        assertEquals("1", browser.text("intake-created"));
        assertEquals("是", browser.text("intake-written"));
        assertEquals(
                1,
                Api.as("samr-admin")
                        .get("/businesses/" + uscc + "/records")
                        .expect(200)
                        .json()
                        .getInt("total"));

        browser.click("menu-home");
        String jobs = browser.text("jobs-form:jobs");
        String name = file.getFileName().toString();
        assertEquals(
                1,
                browser.driver
                        .findElements(By.xpath("//tr[td[contains(., '" + name + "')] and td[contains(., '失败或被拒绝')]]"))
                        .size(),
                "the refused intake: " + jobs);
        assertEquals(
                1,
                browser.driver
                        .findElements(By.xpath("//tr[td[contains(., '" + name + "')] and td[contains(., '已完成')]]"))
                        .size(),
                "the intake taken in: " + jobs);
        assertTrue(
                browser.driver
                                .findElements(By.cssSelector(".grade-distribution"))
                                .size()
                        >= 1,
                "the grade distribution of each model in force");
        browser.screenshot("overview");
    }

    @Test
    void anAdministratorTakesInAnExcelWorkbookAndTheTemplatesPassADryRun() throws Exception {
        String uscc = Api.newUscc();
        Api.as("admin").post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        LocalDate today = today();
        Path file = Files.createTempFile("records", ".xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("记录");
            String[] header = {
                "uscc",
                "agency",
                "category",
                "severity",
                "decisionNumber",
                "decisionDate",
                "legalBasis",
                "penaltyType",
                "penaltyAmount",
                "sourceRecordId"
            };
            org.apache.poi.ss.usermodel.Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 2; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(uscc);
                row.createCell(2).setCellValue("FAKE_PRICE_PROMOTION");
                row.createCell(3).setCellValue("MINOR");
                row.createCell(4).setCellValue("价〔" + r + "〕");
                row.createCell(5).setCellValue(today.minusDays(r));
                row.getCell(5).setCellStyle(date);
                row.createCell(6).setCellValue("价格法第十四条");
                row.createCell(7).setCellValue("FINE");
                row.createCell(8).setCellValue(1500.5);
                row.createCell(9).setCellValue("xlsx-" + Api.newShopId());
            }
            workbook.write(out);
        }

        browser.signIn("samr-admin", "samr-admin");
        browser.click("menu-intake");
        assertTrue(browser.text("template:columns").contains("MINOR（轻微）"), "the allowed severities with their labels");
        assertTrue(browser.text("template:categories").contains("FAKE_PRICE_PROMOTION"), "the categories");
        browser.screenshot("intake-rules");
        browser.driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
        browser.waitFor(() -> browser.has("intake-created"));
        assertEquals("0", browser.text("intake-errors"), browser.text("report"));
        assertEquals("2", browser.text("intake-created"));
        assertEquals("是", browser.text("intake-written"));
        assertEquals(
                2,
                Api.as("samr-admin")
                        .get("/businesses/" + uscc + "/records")
                        .expect(200)
                        .json()
                        .getInt("total"));

        Path csvTemplate = browser.download("template:template-csv", "records-template.csv");
        assertEquals(
                "\ufeffuscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,penaltyAmount,"
                        + "sourceRecordId",
                Files.readAllLines(csvTemplate).get(0));
        Path xlsxTemplate = browser.download("template:template-xlsx", "records-template.xlsx");
        browser.find("upload:dryRun").click();
        browser.waitFor(() -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        for (Path template : List.of(csvTemplate, xlsxTemplate)) {
            WebElement before = browser.find("intake-written");
            browser.driver
                    .findElement(By.cssSelector("#upload input[type=file]"))
                    .sendKeys(template.toString());
            browser.replaced(before);
            browser.waitFor(() -> browser.has("intake-received"));
            assertEquals("0", browser.text("intake-received"), template + ": " + browser.text("report"));
            assertEquals("0", browser.text("intake-errors"), template + ": " + browser.text("report"));
            assertTrue(
                    browser.text("upload:upload-messages").contains("未保存"),
                    "a dry run: " + browser.text("upload:upload-messages"));
        }
        browser.screenshot("intake-template-dry-run");
        browser.click("language:en");
        assertTrue(browser.text("template:columns").contains("MINOR (Minor)"), "the rules in English too");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('template').scrollIntoView()");
        browser.screenshot("intake-rules-en");
    }

    @Test
    void anIntakeUnderWayShowsTheServersProgressOnTheIntakePageInBothLanguagesAndThePageSeesItEnd() throws Exception {
        String uscc = Api.newUscc();
        Api.as("admin").post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        String run = Api.newShopId();
        String yesterday = today().minusDays(1).toString();
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        java.util.function.IntFunction<String> rows = n -> java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> {
                    long row = sent.incrementAndGet();
                    return uscc + ",,FAKE_PRICE_PROMOTION,MINOR,价〔" + row + "〕," + yesterday
                            + ",价格法第十四条,NOTICE_OF_CRITICISM,," + run + "-" + row + "\n";
                })
                .collect(Collectors.joining());
        // a file sent through the API that is still arriving: the intake is under way until the test ends it
        ArrivingBody file = new ArrivingBody(
                "uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,"
                        + "penaltyAmount,sourceRecordId\n" + rows.apply(10),
                () -> rows.apply(10),
                java.time.Duration.ofMillis(200));
        try {
            var answer = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build()
                    .sendAsync(
                            Api.as("samr-admin")
                                    .request("/records/csv?dryRun=true&allOrNothing=false")
                                    .header("Content-Type", "text/csv")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> file))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());

            browser.signIn("samr-admin", "samr-admin");
            // the page opened while an intake of this person is under way shows it at once (opened again until the
            // server has begun it)
            browser.waitFor(() -> {
                browser.open("/app/intake.xhtml");
                return browser.has("intake-progress");
            });
            String shown = browser.textNow("intake-progress");
            assertTrue(shown.startsWith("服务器正在导入文件") && shown.contains("（试运行） CSV (API)"), shown);
            WebElement form = browser.find("upload");

            // five thousand rows more: the page, not reloaded, shows the server reading on
            file.write(rows.apply(5000));
            browser.waitFor(() -> lineShown("已读到第 ") >= 5000);
            assertTrue(form.isDisplayed(), "the same page, updated in place");
            browser.screenshot("intake-under-way-zh");

            browser.click("language:en");
            shown = browser.textNow("intake-progress");
            assertTrue(
                    shown.startsWith("The server is taking the file in") && shown.contains("(dry run) CSV (API)"),
                    shown);
            assertTrue(lineShown("at line ") >= 5000, browser.textNow("intake-progress-detail"));
            browser.screenshot("intake-under-way-en");
            browser.size(390, 844);
            assertEquals(0, browser.overflow(), "the progress fits a phone");
            browser.screenshotWhole("phone-intake-under-way-en");
            browser.size(1280, 900);

            form = browser.find("upload");
            file.end();
            java.net.http.HttpResponse<String> done = answer.get(3, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(200, done.statusCode(), done.body());
            JsonObject report = jakarta.json.Json.createReader(new java.io.StringReader(done.body()))
                    .readObject();
            assertEquals(
                    sent.get(), report.getJsonNumber("received").longValue(), "every row sent was read: " + report);
            assertEquals(0, report.getInt("errorCount"), done.body());
            // the page's poll, not a reload, sees the intake end, and then stops polling
            browser.waitFor(() -> !browser.has("intake-progress"));
            assertTrue(form.isDisplayed(), "the same page, updated in place");
            browser.waitFor(() -> Boolean.FALSE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return PF('intakePoll').active")));
        } finally {
            file.end();
            browser.size(1280, 900);
        }
    }

    /** The line the intake page says the server has read to ({@code 已读到第 N 行}, {@code at line N}), or -1. */
    private static long lineShown(String words) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                        java.util.regex.Pattern.quote(words) + "([\\d,]+)")
                .matcher(browser.textNow("intake-progress-detail"));
        return line.find() ? Long.parseLong(line.group(1).replace(",", "")) : -1;
    }

    @Test
    void tablesExportTheirWholeResultAsCsvAndExcelWithNoCellBecomingAFormula() throws Exception {
        String tag = "导出" + Api.newShopId().replaceAll("[^A-Za-z0-9]", "");
        int registered = 25; // more than the table's page of 20
        for (int i = 0; i < registered; i++) {
            String uscc = Api.newUscc();
            String name = (i == 0 ? "=1+1 " : "") + "界面导出测试企业 " + tag + " " + i;
            Api.as("admin")
                    .post("/businesses", RegistryApiIT.business(uscc, name, "330106", "taobao", Api.newShopId()))
                    .expect(201);
        }
        long total = Api.as("admin")
                .get("/businesses?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8))
                .expect(200)
                .json()
                .getJsonNumber("total")
                .longValue();
        assertEquals(registered, total);

        browser.signIn("samr-admin", "samr-admin");
        browser.open("/app/businesses.xhtml?name="
                + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                20,
                browser.driver
                        .findElements(By.cssSelector("#search\\:results tbody tr"))
                        .size(),
                "one page shows");
        browser.screenshot("businesses-export");
        List<String> csv = Files.readAllLines(browser.download("search:export-csv", "businesses.csv"));
        assertEquals("\ufeff统一社会信用代码,经营主体,地区,状态", csv.get(0));
        assertEquals(total, csv.size() - 1, "every row of the result, not only the page shown");
        assertEquals(
                1,
                csv.stream().filter(line -> line.contains(",'=1+1 界面导出测试企业")).count(),
                "the name that begins with = is neutralised: " + csv);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(browser.download("search:export-xlsx", "businesses.xlsx")))) {
            org.apache.poi.ss.usermodel.Sheet sheet = xlsx.getSheetAt(0);
            assertEquals(total + 1, sheet.getPhysicalNumberOfRows());
            assertEquals("统一社会信用代码", sheet.getRow(0).getCell(0).getStringCellValue());
            long formulas = 0;
            long neutralised = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    formulas += cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? 1 : 0;
                    neutralised += cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                    && cell.getStringCellValue().startsWith("'=1+1")
                            ? 1
                            : 0;
                }
            }
            assertEquals(0, formulas);
            assertEquals(1, neutralised);
        }

        JsonObject draw = drawnPlan();
        String key = draw.getString("key");
        browser.open("/app/draw.xhtml?key=" + key);
        int shown = browser.driver
                .findElements(By.cssSelector("#targets-form\\:targets tbody tr"))
                .size();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(browser.download("targets-form:export-xlsx", key + "-targets.xlsx")))) {
            org.apache.poi.ss.usermodel.Sheet sheet = xlsx.getSheetAt(0);
            assertEquals(shown + 1, sheet.getPhysicalNumberOfRows(), "the draw's targets and the header");
            for (int r = 1; r <= shown; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                assertEquals(r, (int) row.getCell(0).getNumericCellValue());
                assertEquals(
                        "界面测试企业 " + row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue(),
                        "each target with its business's name");
                assertTrue(row.getCell(5).getStringCellValue().contains("SAMR-0001"), "and its team");
            }
        }
        List<String> targets = Files.readAllLines(browser.download("targets-form:export-csv", key + "-targets.csv"));
        assertEquals(shown + 1, targets.size());

        browser.driver.manage().deleteAllCookies();
        browser.signIn("admin", "admin"); // the audit log is the auditors' and system administrators'
        browser.open("/app/audit.xhtml");
        List<String> audit = Files.readAllLines(browser.download("log:export-csv", "audit-log.csv"));
        assertTrue(audit.get(0).startsWith("\ufeff序号,时间（北京时间）"), audit.get(0));
        assertTrue(
                audit.size() - 1
                        >= browser.driver
                                .findElements(By.cssSelector("#entries tbody tr"))
                                .size(),
                "the whole log, not only the latest entries the page shows");
    }

    @Test
    void
            aSystemAdministratorRegistersAClientGivesItAnAgreementApprovesItsWebhookReplaysADeadLetterAndTheAgencyReportsOnAMeasure()
                    throws Exception {
        com.sun.net.httpserver.HttpServer receiver =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1); // every delivery fails: it ends as a dead letter
            exchange.close();
        });
        receiver.start();
        try {
            browser.signIn("admin", "admin");
            browser.click("menu-clients");
            browser.type("register:name", "界面测试网关 " + Api.newShopId());
            browser.pick("register:agency", "STA");
            browser.click("register:submit");
            String secret = browser.text("client-secret");
            String clientId = browser.text("register:register-messages").replaceAll(".*(sta-[A-Za-z0-9_-]+).*", "$1");
            assertTrue(clientId.startsWith("sta-"), browser.text("register:register-messages"));
            browser.screenshot("client-registered");

            browser.driver
                    .findElement(By.xpath("//tr[td/code[text()='" + clientId + "']]//button"))
                    .click();
            browser.waitFor(() -> browser.has("agreement:reference"));
            browser.type("agreement:reference", "DSA-UI-1");
            browser.driver
                    .findElement(By.cssSelector("#agreement\\:reads input[value='SCORE']"))
                    .click();
            browser.driver
                    .findElement(By.cssSelector("#agreement\\:reads input[value='LISTS']"))
                    .click();
            browser.driver
                    .findElement(By.cssSelector("#agreement\\:models input[value='1']"))
                    .click();
            browser.click("agreement:save");
            assertTrue(browser.text("list:clients").contains("DSA-UI-1"));

            String token = Api.anonymous()
                    .postForm(
                            "/oauth/token",
                            Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                    .expect(200)
                    .json()
                    .getString("access_token");
            // an agency's system reads through the API only: its token opens no page of the interface
            assertEquals(
                    403,
                    java.net.http.HttpClient.newHttpClient()
                            .send(
                                    java.net.http.HttpRequest.newBuilder(
                                                    java.net.URI.create(Browser.BASE + "/app/index.xhtml"))
                                            .header("Authorization", "Bearer " + token)
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode());
            long subscription = Api.bearer(token)
                    .post(
                            "/subscriptions",
                            "{\"url\": \"http://127.0.0.1:"
                                    + receiver.getAddress().getPort() + "/hook\", \"events\": [\"LIST_ENTERED\"]}")
                    .expect(201)
                    .json()
                    .getJsonNumber("id")
                    .longValue();

            browser.click("menu-webhooks");
            browser.click(browser.driver.findElement(By.xpath(
                    "//tr[td[1][normalize-space()='" + subscription + "']]//button[contains(@id, ':approve')]")));
            assertTrue(
                    browser.text("list:list-messages").contains(String.valueOf(subscription)),
                    browser.text("list:list-messages"));

            String uscc = Api.newUscc();
            Api admin = Api.as("admin");
            admin.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
            admin.post(
                            "/list-entries",
                            ("{\"agency\": \"SAMR\", \"uscc\": \"%s\", \"list\": \"ABNORMAL_OPERATIONS\","
                                            + " \"reason\": \"未报送年报\", \"listedOn\": \"%s\"}")
                                    .formatted(uscc, today()))
                    .expect(201);
            Api.eventually(
                    "a dead letter of subscription " + subscription,
                    () -> admin.get("/subscriptions/" + subscription + "/deliveries?status=DEAD")
                                    .expect(200)
                                    .structure()
                                    .asJsonArray()
                                    .isEmpty()
                            ? null
                            : true);

            browser.open("/app/webhooks.xhtml");
            browser.driver
                    .findElement(By.xpath(
                            "//tr[td[1][normalize-space()='" + subscription + "']]//button[contains(@id, ':show')]"))
                    .click();
            browser.waitFor(() -> browser.has("deliveries-form:deliveries"));
            browser.screenshot("webhooks-dead-letter");
            browser.click(
                    browser.driver.findElement(By.cssSelector("#deliveries-form\\:deliveries button[id$=':replay']")));
            assertTrue(
                    browser.text("deliveries-form:deliveries-messages").contains("重新排队"),
                    browser.text("deliveries-form:deliveries-messages"));

            browser.click("menu-clients");
            WebElement disable = browser.driver.findElement(
                    By.xpath("//tr[td/code[text()='" + clientId + "']]//button[normalize-space()='停用']"));
            disable.click();
            browser.driver.switchTo().alert().accept();
            browser.replaced(disable);
            Api.anonymous()
                    .postForm(
                            "/oauth/token",
                            Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                    .problem(401);
            browser.signOut();

            // the market regulator applies the abnormal-list restriction to the business and reports on it
            browser.signIn("samr-admin", "samr-admin");
            browser.click("menu-measures");
            WebElement caseRow = Api.eventually("the measure case of " + uscc, () -> {
                browser.open("/app/measures.xhtml");
                List<WebElement> rows = browser.driver.findElements(
                        By.xpath("//tr[td//a[text()='" + uscc + "'] and td/code[text()='SAMR-AL-RESTRICTION']]"));
                return rows.isEmpty() ? null : rows.get(0);
            });
            caseRow.findElement(By.tagName("button")).click();
            browser.waitFor(() -> browser.has("feedback:outcome"));
            browser.driver
                    .findElement(By.cssSelector("#feedback\\:outcome input[value='NOT_APPLICABLE']"))
                    .click();
            browser.click("feedback:send");
            assertFalse(browser.text("feedback:reason-message").isEmpty(), "a reason is needed for NOT_APPLICABLE");
            browser.type("feedback:reason", "该主体已于当日补报年报。");
            browser.click("feedback:send");
            assertTrue(browser.text("messages").contains("反馈已记录"), browser.text("messages"));
            browser.screenshot("measures-feedback");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void theModelEditorFitsA1366PixelScreenWithEveryColumnInViewAndAReloadKeepsTheModel() {
        // market regulation's index copied as a draft of the cyberspace office: every dimension and indicator of a real
        // model
        Api cac = Api.as("cac-admin");
        JsonObject definition = cac.get("/models/1").expect(200).json().getJsonObject("definition");
        long id = cac.post(
                        "/models",
                        jakarta.json.Json.createObjectBuilder()
                                .add(
                                        "definition",
                                        jakarta.json.Json.createObjectBuilder(definition)
                                                .remove("agency")
                                                .add("name", "宽度测试模型 " + Api.newShopId()))
                                .build()
                                .toString())
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        browser.size(1366, 768);
        try {
            browser.signIn("cac-admin", "cac-admin");
            for (String language : List.of("zh", "en")) {
                browser.open("/app/model.xhtml?id=" + id);
                if (language.equals("en")) {
                    browser.click("language:en");
                    assertTrue(
                            browser.driver.getCurrentUrl().contains("id=" + id),
                            "the language switch keeps the model: " + browser.driver.getCurrentUrl());
                }
                assertEquals(0, browser.overflow(), "nothing scrolls sideways at 1366 px");
                browser.screenshot("model-1366-index-" + language);
                browser.tab("sections:structure-tab");
                assertEquals(0, browser.overflow(), "the index editor fits too");
                for (String column : List.of("halfLifeDays", "windowMonths", "bonusCap", "remove")) {
                    WebElement field = browser.find("sections:structure:dimensions:0:indicators:0:" + column);
                    assertTrue(browser.inView(field), column + " is in view, not behind a scrollbar");
                }
                browser.screenshot("model-1366-editor-" + language);
                browser.tab("sections:ahp-tab");
                assertEquals(0, browser.overflow(), "the AHP matrices fit");
                browser.screenshot("model-1366-ahp-" + language);
            }
            // a save's message stands in the section saved, and the address still names the model after a reload
            browser.tab("sections:structure-tab");
            browser.click("sections:structure:save");
            assertEquals("The index is saved.", browser.text("sections:structure:structure-messages"));
            assertTrue(browser.text("messages").isEmpty(), "not above the page");
            browser.driver.navigate().refresh();
            assertTrue(browser.text("title").startsWith("宽度测试模型"), browser.text("title"));
            assertTrue(browser.has("sections:structure"), "the same draft, with its editor, after a reload");
            browser.click("language:zh");

            // charts grow with their canvas: none is cut by the card around it
            browser.open("/app/business.xhtml?uscc=91110000600037341L");
            List<WebElement> charts = browser.driver.findElements(By.cssSelector(".ui-chart"));
            assertFalse(charts.isEmpty(), "the business page has its charts");
            for (WebElement chart : charts) {
                assertFalse(browser.clipped(chart), chart.getDomAttribute("id") + " is cut by its card");
            }
            assertEquals(0, browser.overflow());
            browser.screenshot("business-1366");
        } finally {
            browser.size(1280, 900);
        }
    }

    @Test
    void anInspectorFollowsTheirAssignmentToTheResultFormOnAPhoneWithoutScrollingSideways() {
        String key = drawnPlan().getString("key");
        long id = Api.as("inspector")
                .get("/assignments/mine")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> key.equals(a.getString("drawKey")))
                .filter(a -> !a.containsKey("publishedAt") || a.isNull("publishedAt"))
                .map(a -> a.getJsonNumber("id").longValue())
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no open assignment of the inspector in draw " + key));
        browser.size(390, 844);
        try {
            browser.signIn("inspector", "inspector");
            for (String language : List.of("zh", "en")) {
                if (language.equals("en")) {
                    browser.click("language:en");
                }
                assertEquals(0, browser.overflow(), "the overview fits a phone");
                WebElement menu = browser.find("menu");
                assertTrue(
                        menu.getSize().getHeight() < 844 / 6,
                        "the menu is one row, not half the screen: "
                                + menu.getSize().getHeight() + " px");
                browser.screenshot("phone-home-" + language);
                browser.click("menu-assignments");
                assertEquals(0, browser.overflow(), "the assignments fit a phone");
                browser.screenshot("phone-assignments-" + language);
                browser.click(browser.driver.findElement(By.cssSelector("a.assignment-link[href*='id=" + id + "']")));
                assertEquals(0, browser.overflow(), "an assignment fits a phone");
                browser.pick("result:outcome", "VIOLATIONS_FOUND");
                browser.waitFor(() -> browser.has("result:category"));
                assertEquals(0, browser.overflow(), "the result form with its penalty record fits a phone");
                assertTrue(browser.inView(browser.find("result:save")), "the save button is in view");
                assertTrue(
                        browser.inView(browser.driver.findElement(By.cssSelector("form#result input[type=file]"))),
                        "the evidence field is in view");
                browser.screenshotWhole("phone-assignment-" + language);
                browser.driver.navigate().refresh();
                assertTrue(browser.driver.getCurrentUrl().contains("id=" + id), browser.driver.getCurrentUrl());
                assertTrue(browser.has("result"), "a reload shows the same assignment");
            }
            browser.click("language:zh");
        } finally {
            browser.size(1280, 900);
        }
    }

    @Test
    void theItemListThePlanAndTheWizardFitA1366PixelScreenAndAPhoneInBothLanguages() {
        long plan = drawnPlan().getJsonNumber("planId").longValue();
        browser.signIn("samr-admin", "samr-admin");
        try {
            for (String language : List.of("zh", "en")) {
                browser.size(1366, 768);
                browser.open("/app/items.xhtml");
                if (language.equals("en")) {
                    browser.click("language:en");
                }
                assertEquals(0, browser.overflow(), "the item list fits 1366 px");
                assertEquals(
                        List.of(),
                        browser.cutCells("list:items"),
                        "every column and header of the items whole at 1366 px");
                assertEquals(List.of(), browser.cutCells("cap:caps"), "and of the annual caps");
                browser.screenshot("items-1366-" + language);

                browser.size(390, 844);
                assertEquals(0, browser.overflow(), "the item list fits a phone");
                assertEquals(List.of(), browser.cutCells("list:items"), "every item whole on a phone");
                assertEquals(List.of(), browser.cutCells("cap:caps"), "every cap whole on a phone");
                browser.screenshotWhole("phone-items-" + language);

                browser.open("/app/plan.xhtml?id=" + plan);
                assertEquals(0, browser.overflow(), "the plan fits a phone");
                assertEquals(List.of(), browser.cutCells("draws"), "its draws whole on a phone");
                assertFalse(
                        browser.text("draws").contains("Could not be drawn")
                                || browser.text("draws").contains("无法抽取"),
                        "no failures' column when no draw failed: " + browser.text("draws"));
                browser.screenshotWhole("phone-plan-" + language);
                browser.size(1366, 768);
                assertEquals(0, browser.overflow(), "the plan fits 1366 px");
                assertEquals(List.of(), browser.cutCells("draws"));
                browser.screenshot("plan-1366-" + language);

                browser.size(390, 844);
                browser.open("/app/plan-wizard.xhtml");
                browser.type("wizard:name", "手机向导 Phone wizard");
                browser.driver
                        .findElement(By.cssSelector("input[type=checkbox][value='" + drawnItem + "']"))
                        .click();
                assertEquals(0, browser.overflow(), "the wizard's first step fits a phone");
                browser.screenshotWhole("phone-wizard-basics-" + language);
                next("wizard:regions");
                assertEquals(0, browser.overflow(), "its scope fits a phone");
                browser.screenshotWhole("phone-wizard-scope-" + language);
                next("wizard:grades:0:ratio");
                assertEquals(0, browser.overflow(), "its ratios and teams fit a phone");
                for (int g = 0; g < 4; g++) {
                    assertTrue(
                            browser.inView(browser.find("wizard:grades:" + g + ":team")),
                            "grade " + g + "'s team size in view");
                }
                browser.screenshotWhole("phone-wizard-selection-" + language);
                next("wizard:date");
                assertEquals(0, browser.overflow(), "its schedule fits a phone");
                browser.screenshotWhole("phone-wizard-schedule-" + language);
                next("wizard:save");
                assertEquals(0, browser.overflow(), "its summary fits a phone");
                assertTrue(browser.inView(browser.find("wizard:save")), "the save button is in view");
                browser.screenshotWhole("phone-wizard-confirm-" + language);
            }
        } finally {
            browser.size(1280, 900);
        }
    }

    @Test
    void aSystemAdministratorCreatesAWebhookSubscriptionOnThePageApprovesAndPausesIt() {
        String clientId = Api.as("admin")
                .post("/clients", "{\"name\": \"界面订阅测试 " + Api.newShopId() + "\", \"agency\": \"CAC\"}")
                .expect(201)
                .json()
                .getString("clientId");
        browser.signIn("admin", "admin");
        browser.click("menu-webhooks");
        browser.click("create:submit");
        assertFalse(browser.text("create:url-message").isEmpty(), "an address is needed, said next to its field");
        browser.pick("create:clientId", clientId);
        browser.type("create:url", "https://example.org/credence-hook");
        browser.find("create:events").click();
        browser.waitFor(
                () -> browser.driver.findElement(By.id("create:events_panel")).isDisplayed());
        browser.driver
                .findElement(
                        By.cssSelector("[id='create:events_panel'] li[data-item-value='LIST_ENTERED'] .ui-chkbox-box"))
                .click();
        browser.driver
                .findElement(By.cssSelector("[id='create:events_panel'] .ui-selectcheckboxmenu-close"))
                .click();
        browser.waitFor(
                () -> !browser.driver.findElement(By.id("create:events_panel")).isDisplayed());
        browser.click("create:submit");
        String created = browser.text("create:create-messages");
        String subscription = created.replaceAll("\\D*(\\d+).*", "$1");
        assertTrue(created.contains("已创建"), created);
        assertFalse(browser.text("subscription-secret").isBlank(), "the signing secret is shown once");
        browser.screenshot("webhooks-created");

        String row = "//tr[td[1][normalize-space()='" + subscription + "']]";
        assertEquals(
                "待批准",
                browser.driver
                        .findElement(By.xpath(row + "//span[@class='status']"))
                        .getText());
        browser.click(browser.driver.findElement(By.xpath(row + "//button[contains(@id, ':approve')]")));
        assertEquals(
                "已批准",
                browser.driver
                        .findElement(By.xpath(row + "//span[@class='status']"))
                        .getText());
        WebElement pause = browser.driver.findElement(By.xpath(row + "//button[contains(@id, ':suspend')]"));
        pause.click();
        browser.driver.switchTo().alert().accept();
        browser.replaced(pause);
        assertEquals(
                "已暂停",
                browser.driver
                        .findElement(By.xpath(row + "//span[@class='status']"))
                        .getText());
        assertTrue(browser.text("list:list-messages").contains(subscription), browser.text("list:list-messages"));
        assertEquals(
                "SUSPENDED",
                Api.as("admin")
                        .get("/subscriptions/" + subscription)
                        .expect(200)
                        .json()
                        .getString("status"));
        browser.screenshot("webhooks-paused");
        browser.signOut();

        // an auditor reads the subscriptions but is offered no change
        browser.signIn("auditor", "auditor");
        browser.click("menu-webhooks");
        assertTrue(browser.driver.findElements(By.xpath(row)).size() == 1, "the auditor sees the subscription");
        assertFalse(browser.has("create"), "no form to create one");
        assertTrue(browser.driver
                .findElements(By.xpath(row + "//button[contains(@id, ':approve')]"))
                .isEmpty());
    }

    @Test
    void aSystemAdministratorKeepsTheWorkingDayCalendarWithEachDaysNoticeAndOtherRolesOnlyReadOrAreRefused() {
        browser.signIn("admin", "admin");
        browser.click("menu-calendar");
        assertTrue(browser.has("days-form:days"), "the menu opens this year's calendar");
        browser.open("/app/calendar.xhtml?year=2026");
        assertTrue(browser.text("days-form:days").contains("国办发明电〔2025〕7号"), browser.text("days-form:days"));
        browser.screenshot("calendar-2026-zh");

        browser.open("/app/calendar.xhtml?year=2031");
        browser.driver
                .findElements(By.xpath("//tr[td[contains(., '界面测试假日')]]//button"))
                .forEach(b -> {
                    b.click(); // a day left by an earlier run on the same database
                    browser.click(browser.find("days-form:confirm-yes"));
                });
        // a make-up working day must fall on a weekend: refused next to its field, nothing stored
        browser.type("add:day_input", "2031-10-08");
        browser.pick("add:kind", "WORKDAY");
        browser.type("add:name", "界面测试假日").type("add:notice", "界面测试通知〔2031〕1号");
        browser.click("add:save");
        assertFalse(browser.text("add:kind-message").isEmpty(), "said next to the kind");
        browser.screenshot("calendar-refused");
        assertFalse(browser.text("days-form:days").contains("界面测试假日"));

        browser.pick("add:kind", "HOLIDAY");
        browser.click("add:save");
        assertTrue(browser.text("add:add-messages").contains("法定节假日"), browser.text("add:add-messages"));
        WebElement row = browser.driver.findElement(By.xpath("//tr[td[contains(., '界面测试假日')]]"));
        assertTrue(row.getText().contains("界面测试通知〔2031〕1号") && row.getText().contains("2031年10月8日"), row.getText());
        browser.screenshot("calendar-added");
        browser.driver.navigate().refresh();
        assertTrue(browser.text("title").contains("2031"), "the address keeps the year: " + browser.text("title"));
        assertTrue(
                Api.as("auditor")
                        .get("/calendar/2031")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(d -> d.getString("day").equals("2031-10-08")
                                && "界面测试通知〔2031〕1号".equals(d.getString("notice", null))),
                "stored with its notice");
        browser.click("language:en");
        browser.screenshot("calendar-added-en");
        browser.click("language:zh");
        browser.signOut();

        browser.signIn("auditor", "auditor");
        browser.open("/app/calendar.xhtml?year=2031");
        assertTrue(browser.text("days-form:days").contains("界面测试假日"), "an auditor reads the calendar");
        assertFalse(browser.has("add"), "and is offered no change");
        browser.signOut();

        browser.signIn("inspector", "inspector");
        browser.open("/app/calendar.xhtml?year=2031");
        assertEquals("403", browser.text("error-title"), "an inspector is refused the page by the server");
        browser.driver.manage().deleteAllCookies(); // the error page offers no sign-out

        browser.signIn("admin", "admin");
        browser.open("/app/calendar.xhtml?year=2031");
        browser.driver
                .findElement(By.xpath("//tr[td[contains(., '界面测试假日')]]//button"))
                .click();
        browser.waitFor(() -> browser.find("days-form:confirm-yes").isDisplayed());
        assertTrue(
                browser.driver
                        .findElement(By.cssSelector(".ui-confirm-dialog"))
                        .getText()
                        .contains("界面测试假日"),
                "removal asks first, naming the day");
        browser.screenshot("calendar-confirm-removal");
        browser.click(browser.find("days-form:confirm-yes"));
        assertFalse(browser.text("days-form:days").contains("界面测试假日"), "removed");
        assertTrue(
                browser.text("days-form:days-messages").contains("已从日历中删除"), browser.text("days-form:days-messages"));
    }

    @Test
    void theAuditLogPagesThroughEveryEntryFiltersThemAndVerifiesTheChainOnTheSamePage() {
        String uscc = Api.newUscc();
        Api.as("admin").post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        for (int i = 0; i < 40; i++) { // more than two pages of entries, whatever ran before
            Api.as("admin")
                    .post("/businesses", RegistryApiIT.business(Api.newUscc()))
                    .expect(201);
        }
        browser.signIn("auditor", "auditor");
        browser.open("/app/audit.xhtml");
        browser.click("verification:verify"); // seals what is committed, the registration among it
        assertTrue(browser.text("verification:result").startsWith("哈希链完整"), browser.text("verification:result"));
        List<Long> first = auditSeqs();
        assertEquals(20, first.size(), "a page of 20 entries");
        browser.driver
                .findElement(By.cssSelector("#log\\:entries .ui-paginator-next"))
                .click();
        browser.waitFor(() -> !auditSeqs().isEmpty() && !auditSeqs().get(0).equals(first.get(0)));
        List<Long> second = auditSeqs();
        assertEquals(20, second.size());
        assertTrue(
                second.get(0) < first.get(first.size() - 1),
                "the next page goes on with older entries: " + first + " then " + second);
        browser.screenshot("audit-page-2");

        browser.type("filter:target", uscc).click("filter:go");
        assertTrue(
                browser.driver.getCurrentUrl().contains("target=" + uscc),
                "the filter is in the address: " + browser.driver.getCurrentUrl());
        List<WebElement> targets = browser.driver.findElements(By.cssSelector("#log\\:entries tbody td.target"));
        assertEquals(1, targets.size(), "the registration of " + uscc + ": " + browser.text("log:entries"));
        assertTrue(targets.get(0).getText().startsWith(uscc), targets.get(0).getText());
        assertTrue(
                browser.text("log:entries").contains("登记经营主体"),
                "the action by its label: " + browser.text("log:entries"));
        browser.screenshot("audit-filtered");
        browser.driver.navigate().refresh();
        assertEquals(
                1,
                browser.driver
                        .findElements(By.cssSelector("#log\\:entries tbody td.target"))
                        .size(),
                "a reload shows the same");
        browser.click("language:en");
        browser.screenshot("audit-filtered-english");
        browser.click("language:zh");
    }

    private static List<Long> auditSeqs() {
        try {
            return browser.driver.findElements(By.cssSelector("#log\\:entries tbody td.seq")).stream()
                    .map(td -> Long.parseLong(td.getText().strip()))
                    .toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of(); // replaced while read
        }
    }

    @Test
    void plansAreFilteredByNameStatusAgencyAndDate() {
        JsonObject draw = drawnPlan();
        String planId = String.valueOf(draw.getJsonNumber("planId").longValue());
        // drawn, in progress or completed, depending on the results other tests recorded
        String status =
                Api.as("samr-admin").get("/plans/" + planId).expect(200).json().getString("status");
        String statusLabel =
                Map.of("DRAWN", "已抽取", "IN_PROGRESS", "检查中", "COMPLETED", "已完成").get(status);
        LocalDate date = today().plusDays(30);
        browser.signIn("auditor", "auditor");
        browser.click("menu-plans");
        browser.type("filter:name", "interface TEST plan");
        browser.pick("filter:status", status);
        browser.pick("filter:agency", "SAMR");
        browser.type("filter:from", date.toString()).type("filter:to", date.toString());
        browser.click("filter:go");
        assertTrue(browser.driver.getCurrentUrl().contains("status=" + status), browser.driver.getCurrentUrl());
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#list\\:plans tbody tr"));
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.findElement(By.tagName("td")).getText().equals(planId)),
                "the drawn plan is found: " + browser.text("list:plans"));
        rows.forEach(r -> assertTrue(
                r.getText().contains("Interface test plan") && r.getText().contains(statusLabel), r.getText()));
        browser.screenshot("plans-filtered");

        browser.pick("filter:status", "DRAFT");
        browser.click("filter:go");
        assertFalse(browser.text("list:plans").contains("Interface test plan"), "no such plan is a draft");
        browser.type("filter:from", date.plusDays(1).toString())
                .type("filter:to", date.toString())
                .click("filter:go");
        assertFalse(
                browser.text("filter:to-message").isEmpty(), "an end before the start is refused next to its field");
    }

    @Test
    void thePublicFindsABusinessByNameOnTheStartPage() {
        String uscc = Api.newUscc();
        String word = "名称查询" + Api.newShopId();
        Api.as("admin")
                .post(
                        "/businesses",
                        RegistryApiIT.business(uscc, "杭州" + word + "电子商务有限公司", "330106", "taobao", Api.newShopId()))
                .expect(201);
        browser.open("/index.xhtml");
        browser.type("name", word).click("find");
        List<WebElement> found = browser.driver.findElements(By.cssSelector("a.match-link"));
        assertEquals(1, found.size(), browser.text("matches"));
        assertTrue(browser.text("matches").contains(uscc));
        browser.screenshot("public-search-by-name");
        browser.click(found.get(0));
        assertEquals(uscc, browser.text("profile-uscc"));

        browser.open("/index.xhtml?name=" + java.net.URLEncoder.encode("杭", java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(browser.text("name-message").isEmpty(), "one character is too little to search by");
        assertFalse(browser.has("matches"));
    }

    @Test
    void anAssignmentsNoticeAndRecordFormAndTheDrawsTargetListPrintWithWhatTheyMustName() throws Exception {
        String key = drawnPlan().getString("key");
        JsonObject assignment = Api.as("inspector")
                .get("/assignments/mine")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> key.equals(a.getString("drawKey")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the inspector has no assignment in draw " + key));
        long id = assignment.getJsonNumber("id").longValue();
        String uscc = assignment.getString("uscc");
        String name =
                Api.as("admin").get("/businesses/" + uscc).expect(200).json().getString("name");
        String legalBasis = "《电子商务法》第十五条";
        List<String> certificates = List.of("SAMR-0001", "SAMR-0002").stream()
                .map(code -> Api.as("admin")
                        .get("/inspectors/" + code)
                        .expect(200)
                        .json()
                        .getString("certificateNumber"))
                .toList();

        browser.signIn("inspector", "inspector");
        browser.open("/app/assignment.xhtml?id=" + id);
        assertTrue(browser.find("print-notice").getDomProperty("href").contains("inspection-notice.xhtml?id=" + id));
        assertTrue(browser.find("print-record").getDomProperty("href").contains("inspection-record.xhtml?id=" + id));

        browser.open("/app/inspection-notice.xhtml?id=" + id);
        browser.screenshot("print-notice");
        String notice = printed("inspection-notice-zh");
        for (String expected : List.of(
                "检查通知书",
                name,
                uscc,
                legalBasis,
                drawnItem,
                "SAMR-0001",
                "SAMR-0002",
                certificates.get(0),
                certificates.get(1),
                key)) {
            assertTrue(notice.contains(squeezed(expected)), expected + " in the printed notice: " + notice);
        }
        assertFalse(
                notice.contains(squeezed(browser.find("language:en").getText())), "the screen's bar is not printed");
        browser.click("language:en");
        browser.screenshot("print-notice-english");
        String english = printed("inspection-notice-en");
        for (String expected : List.of(
                "Inspection notice",
                "Law-enforcement certificate No.",
                uscc,
                legalBasis,
                "SAMR-0001",
                certificates.get(1),
                key)) {
            assertTrue(english.contains(squeezed(expected)), expected + " in the printed English notice: " + english);
        }
        browser.click("language:zh");

        browser.open("/app/inspection-record.xhtml?id=" + id);
        browser.screenshot("print-record");
        String record = printed("inspection-record-zh");
        for (String expected : List.of(
                "检查记录表", name, uscc, legalBasis, "SAMR-0001", "SAMR-0002", certificates.get(0), key, "检查人员签名")) {
            assertTrue(record.contains(squeezed(expected)), expected + " in the printed record form: " + record);
        }
        browser.driver.manage().deleteAllCookies(); // signed out: a printout's page has no menu

        // an inspector of another team prints nothing of it
        browser.signIn("cac-inspector", "cac-inspector");
        browser.open("/app/inspection-notice.xhtml?id=" + id);
        assertFalse(browser.has("notice"), "no notice for an inspector of another team");
        assertFalse(browser.text("messages").isBlank(), "the refusal is said");
        browser.driver.manage().deleteAllCookies();

        // the published target list, for anyone, linked from the public draw page
        browser.open("/public/draw.xhtml?key=" + key);
        browser.click("print-list");
        browser.screenshot("print-target-list");
        String list = printed("target-list-zh");
        assertTrue(
                list.contains(squeezed("抽查名单公告"))
                        && list.contains(squeezed(key))
                        && list.contains(squeezed(legalBasis)),
                list);
        for (JsonObject target : Api.anonymous()
                .get("/public/draws/" + key + "/targets")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)) {
            String code = target.getString("uscc");
            assertTrue(
                    list.contains(code) && list.contains(squeezed("界面测试企业 " + code)), code + " with its name: " + list);
        }
        assertTrue(list.contains("SAMR-0001") && list.contains("SAMR-0002"), list);
    }

    /** What the browser prints of the page shown (Chromium's print to PDF), as text without white space; the PDF is kept. */
    private static String printed(String name) throws Exception {
        org.openqa.selenium.Pdf pdf =
                ((org.openqa.selenium.PrintsPage) browser.driver).print(new org.openqa.selenium.print.PrintOptions());
        byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
        Files.write(Browser.DOWNLOADS.resolve(name + ".pdf"), bytes);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return squeezed(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
        }
    }

    /** Text without white space: a printed line may break anywhere in a long cell. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The editable judgements (above the diagonal, row by row) of one AHP matrix on the model page. */
    private static List<WebElement> matrixCells(String key) {
        return browser.driver.findElements(By.cssSelector("div.matrix[data-key=" + key + "] select"));
    }

    private static Set<String> menu() {
        List<WebElement> links = browser.driver.findElements(By.cssSelector("nav#menu a"));
        return links.stream().map(a -> a.getDomAttribute("id")).collect(Collectors.toSet());
    }
}
