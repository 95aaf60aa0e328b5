package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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

/**
 * The validation page of market regulation's model in a real browser, in Chinese and in English: the
 * report the API gives shown with its figures formatted for the reader, its charts, the observations
 * exported whole as CSV and Excel, at a 1366-pixel screen and a 390-pixel phone; another agency's
 * administrator refused (and the refusal audited), an auditor reading. The data: businesses of a
 * county of their own, some with penalty records and two on the serious list (grade D, which the plan
 * never draws), all others drawn, and results recorded through the API, hits mostly where the records are.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class ValidationPageIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api INSPECTOR = Api.as("inspector");
    private static final Api AUDITOR = Api.as("auditor");
    /** Businesses drawn; the first {@value #WITH_RECORDS} have a penalty record. */
    private static final int DRAWN = 28;

    private static final int WITH_RECORDS = 14;

    private static Browser browser;
    private static String drawKey;
    /** The day the class's results were recorded on, which every period below shows. */
    private static LocalDate resultsDay;

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
        browser.size(1280, 900);
    }

    /** A draw of market regulation's model with results recorded today (made once for the class). */
    private static synchronized String outcomes() {
        if (drawKey != null) {
            return drawKey;
        }
        LocalDate on = today();
        String region = "43" + (1000 + new Random().nextInt(9000));
        List<String> drawn = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < DRAWN + 2; i++) {
            String uscc = Api.newUscc();
            ADMIN.post("/businesses", RegistryApiIT.business(uscc, "检验测试企业 " + i, region, "taobao", Api.newShopId()))
                    .expect(201);
            if (i < WITH_RECORDS) {
                SAMR.post("/records", """
                        {"uscc": "%s", "category": "FALSE_ADVERTISING", "severity": "%s", "decisionNumber": "市监罚〔%s〕",
                         "decisionDate": "%s", "legalBasis": "广告法第五十五条", "penaltyType": "FINE", "penaltyAmount": 5000,
                         "sourceRecordId": "%s"}
                        """.formatted(
                                        uscc,
                                        i % 3 == 0 ? "SERIOUS" : "HEAVY",
                                        Api.newShopId(),
                                        on.minusDays(30 + i),
                                        Api.newShopId()))
                        .expect(201);
            }
            if (i >= DRAWN) {
                // on the serious list: grade D, a grade with members that the plan never draws
                ADMIN.post("/list-entries", """
                        {"agency": "SAMR", "uscc": "%s", "list": "SERIOUS_ILLEGAL", "reason": "严重违法失信", "listedOn": "%s"}
                        """.formatted(uscc, on.minusMonths(2)))
                        .expect(201);
                listed.add(uscc);
            } else {
                drawn.add(uscc);
            }
        }
        // then every score at once: the scorer takes changes in batches
        List<String> all = new ArrayList<>(drawn);
        Api.eventually("the scores of the businesses", () -> {
            for (int i = 0; i < DRAWN + 2; i++) {
                String uscc = i < DRAWN ? all.get(i) : listed.get(i - DRAWN);
                Api.Reply credit = SAMR.get("/credit/" + uscc);
                if (credit.status() != 200) {
                    return null;
                }
                JsonObject c = credit.json();
                boolean scored = i >= DRAWN
                        ? "D".equals(c.getString("grade"))
                        : i < WITH_RECORDS ? c.getInt("score") < 1000 : c.getInt("score") == 1000;
                if (!scored) {
                    return null;
                }
            }
            return Boolean.TRUE;
        });
        String item = InspectionApiIT.item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = InspectionApiIT.createPlan(SAMR, """
                {"name": "模型检验测试计划", "agencies": ["SAMR"], "items": ["%s"], "date": "%s",
                 "scope": {"regionPrefixes": ["%s"]}, "teamSizes": {"A": 2, "B": 2, "C": 2, "D": 2},
                 "ratios": {"A": 10000, "B": 10000, "C": 10000, "D": 0}}
                """.formatted(item, on.plusDays(10), region));
        SAMR.post("/plans/" + plan + "/publication", "").expect(200);
        String key =
                SAMR.post("/plans/" + plan + "/draws", "").expect(201).json().getString("key");
        Map<String, JsonObject> mine =
                INSPECTOR
                        .get("/assignments/mine")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> a.getString("drawKey").equals(key))
                        .collect(Collectors.toMap(a -> a.getString("uscc"), a -> a));
        assertEquals(DRAWN, mine.size(), "every business but the two of grade D is drawn and staffed");
        for (int i = 0; i < DRAWN; i++) {
            // hits where the records are, with one exception each way, and one result of each kind without a finding
            String outcome = i < WITH_RECORDS
                    ? (i == WITH_RECORDS - 1
                            ? "NO_PROBLEM"
                            : i == WITH_RECORDS - 2 ? "NOT_REACHABLE" : "CORRECTED_ON_SITE")
                    : i == WITH_RECORDS ? "CORRECTED_ON_SITE" : i == WITH_RECORDS + 1 ? "REFUSED" : "NO_PROBLEM";
            INSPECTOR
                    .put(
                            "/assignments/" + mine.get(drawn.get(i)).getJsonNumber("id") + "/result",
                            "{\"outcome\": \"" + outcome + "\", \"completedOn\": \"" + on + "\"}")
                    .expect(200);
        }
        resultsDay = on;
        drawKey = key;
        return key;
    }

    /** The day of the class's results (recording them first if need be): a period of that one day. */
    private static LocalDate day() {
        outcomes();
        return resultsDay;
    }

    private static String period() {
        return "?from=" + day() + "&to=" + day();
    }

    private static String share(double rate, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    private static String fixed(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    /** The page's figures are the API's report, written for the reader of {@code locale}. */
    private static void showsTheReport(JsonObject report, Locale locale, boolean chinese) {
        String observations = report.getJsonNumber("observations") + (chinese ? "（" : " (")
                + report.getJsonNumber("hits") + " / " + report.getJsonNumber("cleans") + (chinese ? "）" : ")");
        assertEquals(observations, browser.text("report-observations"));
        assertEquals(
                share(report.getJsonNumber("prevalence").doubleValue(), locale), browser.text("report-prevalence"));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#grades tbody tr"));
        List<JsonObject> grades = report.getJsonArray("grades").getValuesAs(JsonObject.class);
        assertEquals(4, rows.size());
        for (int g = 0; g < 4; g++) {
            JsonObject grade = grades.get(g);
            assertFalse(
                    rows.get(g).findElement(By.cssSelector("td.note")).getText().isBlank(),
                    "every grade's note says what its figures rest on: " + grade);
            String rate = rows.get(g).findElement(By.cssSelector("td.hit-rate")).getText();
            if (grade.containsKey("hitRate") && !grade.isNull("hitRate")) {
                assertEquals(share(grade.getJsonNumber("hitRate").doubleValue(), locale), rate, grade.toString());
                String interval =
                        rows.get(g).findElement(By.cssSelector("td.interval")).getText();
                assertEquals(
                        share(grade.getJsonNumber("lower").doubleValue(), locale) + " – "
                                + share(grade.getJsonNumber("upper").doubleValue(), locale),
                        interval);
            } else if ("NEVER_DRAWN".equals(grade.getString("coverage"))) {
                assertEquals(chinese ? "未知" : "unknown", rate, "a grade never drawn is unknown: " + grade);
                assertFalse(
                        rows.get(g)
                                .findElement(By.cssSelector("td.note"))
                                .getText()
                                .isBlank(),
                        "and says why");
            }
        }
        assertEquals(!report.getJsonArray("unknownGrades").isEmpty(), browser.has("unknown-grades"));
        JsonObject score = report.getJsonObject("score");
        String auc = browser.driver
                .findElement(By.cssSelector("#discrimination tbody tr td.auc"))
                .getText();
        String gini = browser.driver
                .findElement(By.cssSelector("#discrimination tbody tr td.gini"))
                .getText();
        assertEquals(fixed(score.getJsonNumber("auc").doubleValue(), locale), auc, "the score's AUC to three decimals");
        assertEquals(fixed(score.getJsonNumber("gini").doubleValue(), locale), gini);
        assertTrue(browser.has("grade-chart"), "the hit rates as a chart");
        assertTrue(browser.has("roc-chart"), "the ROC curve");
        assertEquals(report.getJsonArray("inversions").isEmpty(), !browser.has("inversions"));
        assertEquals(
                report.getJsonNumber("observations").longValue() > 0 && report.getBoolean("monotone"),
                browser.find("report-monotone").getDomAttribute("class").contains("ok"));
    }

    @Test
    void theReportItsChartsAndItsObservationsExportedWholeInBothLanguagesOnAScreenAndAPhone() throws Exception {
        outcomes();
        JsonObject report =
                AUDITOR.get("/models/1/validation" + period()).expect(200).json();
        int published = AUDITOR.get("/models/1/validation/observations" + period())
                .expect(200)
                .json()
                .getJsonArray("observations")
                .size();
        assertTrue(
                report.getJsonNumber("hits").longValue() >= 10
                        && report.getJsonNumber("cleans").longValue() >= 10,
                report.toString());

        browser.signIn("samr-admin", "samr-admin");
        browser.open("/app/model.xhtml?id=1");
        browser.click("validation-link");
        assertTrue(
                browser.driver.getCurrentUrl().contains("/app/validation.xhtml?id=1"), browser.driver.getCurrentUrl());
        assertTrue(browser.has("report"), "the last twelve months by default");
        browser.type("period:from", day().toString())
                .type("period:to", day().minusDays(1).toString())
                .click("period:show");
        assertEquals("截止日期早于起始日期。", browser.text("period:to-message"), "beside the field");
        browser.type("period:to", day().toString()).click("period:show");
        assertTrue(
                browser.driver.getCurrentUrl().contains("from=" + day() + "&to=" + day()),
                browser.driver.getCurrentUrl());
        browser.driver.navigate().refresh(); // the period is in the address
        assertEquals(day().toString(), browser.find("period:from").getDomProperty("value"));
        showsTheReport(report, Locale.SIMPLIFIED_CHINESE, true);
        assertTrue(browser.text("title").endsWith("的验证"), browser.text("title"));
        browser.size(1366, 768);
        assertEquals(0, browser.overflow(), "nothing scrolls sideways at 1366 px");
        browser.screenshot("validation-zh");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('discrimination-card').scrollIntoView()");
        browser.screenshot("validation-zh-roc");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('observations-form').scrollIntoView()");
        browser.screenshot("validation-zh-observations");
        assertEquals(
                Math.min(20, published),
                browser.driver
                        .findElements(By.cssSelector("#observations-form\\:observations tbody tr"))
                        .size(),
                "a page of the observations");

        // the export: every observation, not the page shown, headed in the reader's language, no cell a formula
        String name = "validation-model-1-" + day() + "-" + day();
        List<String> csv = Files.readAllLines(browser.download("observations-form:export-csv", name + ".csv"));
        assertTrue(csv.get(0).startsWith("\ufeff抽取,统一社会信用代码,抽取时等级,抽取时分数,"), csv.get(0));
        assertEquals(published, csv.size() - 1, "every observation the API publishes");
        assertTrue(
                csv.stream().anyMatch(line -> line.startsWith(outcomes() + ",") && line.contains(",当场整改,")),
                "outcomes as labels");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(browser.download("observations-form:export-xlsx", name + ".xlsx")))) {
            org.apache.poi.ss.usermodel.Sheet sheet = xlsx.getSheetAt(0);
            assertEquals(published + 1, sheet.getPhysicalNumberOfRows());
            assertEquals("抽取", sheet.getRow(0).getCell(0).getStringCellValue());
            long formulas = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    formulas += cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? 1 : 0;
                }
            }
            assertEquals(0, formulas);
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.NUMERIC,
                    sheet.getRow(1).getCell(3).getCellType(),
                    "scores stay numbers");
        }

        // at a phone's width nothing scrolls sideways but the wide tables inside their own boxes
        browser.size(390, 844);
        assertEquals(0, browser.overflow(), "nothing scrolls sideways at 390 px");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("validation-zh-phone");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('grades-card').scrollIntoView()");
        browser.screenshot("validation-zh-phone-grades");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('learned').scrollIntoView()");
        browser.screenshot("validation-zh-phone-learned");
        assertCodesWholeUnderTheirNames();

        browser.size(1366, 768);
        browser.click("language:en");
        assertTrue(browser.driver.getCurrentUrl().contains("from=" + day()), "the language switch keeps the period");
        showsTheReport(report, Locale.ENGLISH, false);
        assertTrue(browser.text("title").startsWith("Validation of "), browser.text("title"));
        assertEquals(
                "Hit rate",
                ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                        .executeScript(
                                "return PrimeFaces.widgets['widget_grade_chart'].cfg.config.data.datasets[0].label;"),
                "the charts speak English too");
        assertEquals(0, browser.overflow());
        browser.screenshot("validation-en");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('discrimination-card').scrollIntoView()");
        browser.screenshot("validation-en-roc");
        List<String> english = Files.readAllLines(browser.download("observations-form:export-csv", name + ".csv"));
        assertTrue(
                english.get(0).startsWith("\ufeffDraw,Unified Social Credit Code,Grade at the draw,"), english.get(0));
        assertEquals(published, english.size() - 1);
        browser.size(390, 844);
        assertEquals(0, browser.overflow());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("validation-en-phone");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('learned').scrollIntoView()");
        browser.screenshot("validation-en-phone-learned");
        assertCodesWholeUnderTheirNames();
    }

    @Test
    void theLearnedWeightsStandBesideTheCurrentOnesAndBecomeADraftAfterAConfirmationThatNamesIt() {
        outcomes();
        JsonObject learned =
                SAMR.get("/models/1/validation/weights" + period()).expect(200).json();
        JsonObject weights = learned.getJsonObject("learnedWeights");
        browser.signIn("samr-admin", "samr-admin");
        browser.open("/app/validation.xhtml?id=1&from=" + day() + "&to=" + day());
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#learned\\:weights tbody tr"));
        assertEquals(weights.size(), rows.size(), "each NEGATIVE indicator, its current weight beside the learned one");
        NumberFormat six = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
        six.setMinimumFractionDigits(6);
        six.setMaximumFractionDigits(6);
        for (WebElement row : rows) {
            String code = row.findElement(By.tagName("code")).getText();
            assertEquals(
                    six.format(weights.getJsonNumber(code).bigDecimalValue()),
                    row.findElement(By.cssSelector("td.learned")).getText(),
                    code);
        }
        assertEquals(
                fixed(learned.getJsonNumber("learnedAuc").doubleValue(), Locale.SIMPLIFIED_CHINESE),
                browser.text("learned-auc-value"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('learned').scrollIntoView()");
        browser.screenshot("validation-zh-learned");

        // declining changes nothing; the question names the model and the period
        List<Long> before = draftsOfSamr();
        String question = browser.decline("learned:make-draft");
        assertTrue(question.contains("（基于第 ") && question.contains("草稿"), question);
        String modelName = SAMR.get("/models/1").expect(200).json().getString("name");
        assertTrue(question.contains(modelName.split(" ")[0]), question + " names " + modelName);
        assertEquals(before, draftsOfSamr(), "nothing made when the question is declined");

        browser.confirm("learned:make-draft");
        List<Long> after = draftsOfSamr();
        after.removeAll(before);
        assertEquals(1, after.size(), "one new draft");
        long draft = after.get(0);
        assertTrue(
                browser.driver.getCurrentUrl().contains("/app/model.xhtml?id=" + draft),
                "the draft's page opens: " + browser.driver.getCurrentUrl());
        assertEquals("由检查结果学习", browser.text("model-method"));
        assertTrue(browser.text("messages").startsWith("已创建第 "), browser.text("messages"));
        browser.screenshot("validation-draft-made");
        JsonObject model = SAMR.get("/models/" + draft).expect(200).json();
        assertEquals("OUTCOMES", model.getString("weightMethod"));
        assertEquals(1, model.getInt("basedOn"));

        // too few outcomes: said beside the form, with the counts, and no draft offered
        browser.open("/app/validation.xhtml?id=1&from=2001-01-01&to=2001-12-31");
        assertTrue(
                browser.text("learned:learned-refusal").contains("0 个发现问题、0 个未发现问题"),
                browser.text("learned:learned-refusal"));
        assertFalse(browser.find("learned:make-draft").isEnabled(), "nothing to make a draft of");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('learned').scrollIntoView()");
        browser.screenshot("validation-too-few");
        browser.click("language:en");
        assertTrue(
                browser.text("learned:learned-refusal").contains("0 hits and 0 clean results"),
                browser.text("learned:learned-refusal"));
        browser.signOut();

        // an auditor reads the learned weights and is offered no draft
        browser.signIn("auditor", "auditor");
        browser.open("/app/validation.xhtml?id=1&from=" + day() + "&to=" + day());
        assertTrue(browser.has("learned:weights"));
        assertFalse(browser.has("learned:make-draft"));
        browser.signOut();

        // the agency's inspector reads it too (as the API), with no link to a model page that is not theirs to open
        browser.signIn("inspector", "inspector");
        browser.open("/app/validation.xhtml?id=1&from=" + day() + "&to=" + day());
        assertTrue(browser.has("report"));
        assertFalse(browser.has("model-link"));
        assertFalse(browser.has("learned:make-draft"));
    }

    private static List<Long> draftsOfSamr() {
        return SAMR
                .get("/models?agency=SAMR&status=DRAFT")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(m -> m.getJsonNumber("id").longValue())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Test
    void anotherAgencysAdministratorIsRefusedWithATraceAndAnAuditorReads() {
        outcomes();
        String page = "GET /credence/app/validation.xhtml";
        long before =
                AUDITOR
                        .get("/audit?limit=1")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .mapToLong(e -> e.getJsonNumber("seq").longValue())
                        .findFirst()
                        .orElse(0);

        browser.signIn("cac-admin", "cac-admin");
        browser.open("/app/model.xhtml?id=1");
        assertFalse(browser.has("validation-link"), "no link to a validation the service would refuse");
        browser.open("/app/validation.xhtml?id=1");
        assertFalse(browser.has("report"), "nothing of the report");
        assertFalse(browser.has("period"), "nor of the model");
        assertEquals("模型验证", browser.text("title"));
        assertTrue(browser.text("messages").startsWith("无权执行此操作"), browser.text("messages"));
        browser.screenshot("validation-refused");
        JsonObject trace = Api.eventually(
                "the refusal's audit entry",
                () -> AUDITOR
                        .get("/audit?target=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&limit=20")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e ->
                                e.getJsonNumber("seq").longValue() > before && "cac-admin".equals(e.getString("actor")))
                        .findFirst()
                        .orElse(null));
        assertEquals("access.denied", trace.getString("action"));
        browser.signOut();

        browser.signIn("auditor", "auditor");
        browser.open("/app/model.xhtml?id=1");
        browser.click("validation-link");
        assertTrue(browser.has("report"), "an auditor reads every model's validation");
        assertTrue(browser.has("observations-form:export-csv"));
    }

    /** At a phone's width each indicator's code lies whole under its name in its stacked cell, not cut off beside it. */
    private void assertCodesWholeUnderTheirNames() {
        List<WebElement> codes = browser.driver.findElements(By.cssSelector("#learned\\:weights code"));
        assertFalse(codes.isEmpty(), "the learned weights are shown");
        for (WebElement code : codes) {
            assertFalse(browser.clipped(code), code.getText() + " is cut off at 390 px");
            WebElement indicator = code.findElement(By.xpath("preceding-sibling::span[@class='data']"));
            assertTrue(
                    code.getRect().getY()
                            >= indicator.getRect().getY() + indicator.getRect().getHeight() - 1,
                    code.getText() + " sits under its name");
        }
    }
}
