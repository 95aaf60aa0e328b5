package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
 * Keeping every grade honest, in the browser: the plan wizard and the plan page warn when a plan draws
 * no business of a grade that has members (validation could never check that grade), and the overview
 * shows each model's validation over the last twelve months to those who may read it, in Chinese and
 * in English. Runs on the demo data, whose year of inspections gives the overview something to show.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class GradeHonestyIT {

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
    void aPlanThatDrawsNoBusinessOfGradeAWarnsInTheWizardAndOnItsPage() {
        // the grades' members come from the model's latest full run: one runs at installation
        Api.eventually(
                "a completed full run",
                () -> Api.as("auditor")
                                .get("/credit/runs?kind=FULL&limit=20")
                                .expect(200)
                                .structure()
                                .asJsonArray()
                                .getValuesAs(jakarta.json.JsonObject.class)
                                .stream()
                                .anyMatch(r -> "COMPLETED".equals(r.getString("status")))
                        ? Boolean.TRUE
                        : null);

        browser.signIn("samr-admin", "samr-admin");
        browser.click("menu-plans");
        browser.click("new-plan");
        browser.type("wizard:name", "不抽 A 级的计划");
        browser.driver
                .findElement(By.cssSelector("input[type=checkbox][value='SAMR-ECOM-01']"))
                .click();
        next("wizard:regions");
        next("wizard:grades:0:ratio");
        browser.type("wizard:grades:0:ratio", "0");
        next("wizard:date");
        next("wizard:save");
        String warning = browser.text("wizard:never-drawn");
        assertTrue(warning.startsWith("本计划不抽取 A 级的任何经营主体，而 A 级有 "), warning);
        assertTrue(warning.contains("验证报告将无法检验该等级"), warning);
        browser.screenshot("plan-wizard-never-drawn");
        browser.click("wizard:save");
        assertEquals("草稿", browser.text("plan-status"));
        assertTrue(browser.text("never-drawn").contains("本计划不抽取 A 级"), browser.text("never-drawn"));
        browser.screenshot("plan-never-drawn");

        browser.click("language:en");
        String english = browser.text("never-drawn");
        assertTrue(english.startsWith("This plan draws no business of grade A, although grade A has "), english);
        assertTrue(english.contains("the report could never check it"), english);
        browser.screenshot("plan-never-drawn-english");
        browser.size(390, 844);
        try {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView()", browser.find("never-drawn"));
            assertTrue(browser.inView(browser.find("never-drawn")), "the warning fits a phone's width");
            browser.screenshot("plan-never-drawn-phone");
        } finally {
            browser.size(1280, 900);
            browser.click("language:zh");
        }
    }

    @Test
    void aPlanThatDrawsEveryGradeGivesNoWarning() {
        String item = InspectionApiIT.item(Api.as("samr-admin"), "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = InspectionApiIT.createPlan(
                Api.as("samr-admin"),
                InspectionApiIT.plan(
                        "\"SAMR\"",
                        "\"" + item + "\"",
                        ", \"ratios\": {\"A\": 1, \"B\": 100, \"C\": 100, \"D\": 100}",
                        today().plusDays(20)));
        browser.signIn("samr-admin", "samr-admin");
        browser.open("/app/plan.xhtml?id=" + plan);
        assertEquals("草稿", browser.text("plan-status"));
        assertFalse(browser.has("never-drawn"));
    }

    @Test
    void aPlanNamesItsModelByNameAndVersionNeverByItsId() {
        String item = InspectionApiIT.item(Api.as("samr-admin"), "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = InspectionApiIT.createPlan(
                Api.as("samr-admin"),
                InspectionApiIT.plan("\"SAMR\"", "\"" + item + "\"", ", \"model\": 1", today().plusDays(20)));
        browser.signIn("samr-admin", "samr-admin");
        browser.open("/app/plan.xhtml?id=" + plan);
        // the seeded model, in the page's language (V30 names it in both), with its version
        assertEquals("网络经营主体公共信用评价 v1", browser.text("plan-model"));
    }

    @Test
    void theOverviewShowsTheModelsValidationOfTheLastTwelveMonthsToThoseWhoMayReadIt() {
        browser.signIn("samr-admin", "samr-admin");
        List<WebElement> summaries = browser.driver.findElements(By.cssSelector(".validation-summary"));
        assertEquals(1, summaries.size(), "market regulation's model, the one model in force the demo has");
        String chinese = summaries.get(0).getText();
        assertTrue(chinese.startsWith("最近 12 个月的模型验证（"), chinese);
        // the demo's year of inspections holds hits and clean results under market regulation's first model; a
        // model activated since (by another test) has none yet
        assertTrue(chinese.contains("评分的 AUC 为 0.") || chinese.contains("数据不足：最近 12 个月只有 "), chinese);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView()", summaries.get(0));
        browser.screenshot("overview-validation");

        browser.click("language:en");
        WebElement summaryInEnglish = browser.driver.findElement(By.cssSelector(".validation-summary"));
        String english = summaryInEnglish.getText();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView()", summaryInEnglish);
        assertTrue(english.startsWith("Validation over the last 12 months ("), english);
        assertTrue(
                english.contains("AUC of the score 0.")
                        || english.contains("Not enough data: the last 12 months hold "),
                english);
        browser.screenshot("overview-validation-english");
        browser.size(390, 844);
        try {
            WebElement summary = browser.driver.findElement(By.cssSelector(".validation-summary"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView()", summary);
            assertTrue(browser.inView(summary), "the validation fits a phone's width");
            browser.screenshot("overview-validation-phone");
        } finally {
            browser.size(1280, 900);
            browser.click("language:zh");
        }
        browser.signOut();

        // an agency that does not own the model sees its grades, not its validation
        browser.signIn("cac-admin", "cac-admin");
        assertTrue(browser.has("roles"));
        assertTrue(browser.driver
                .findElements(By.cssSelector(".validation-summary"))
                .isEmpty());
    }

    /** The wizard's next step, once the field that step shows is there. */
    private static void next(String fieldOfNextStep) {
        browser.driver.findElement(By.cssSelector(".ui-wizard-nav-next")).click();
        browser.waitFor(() -> browser.has(fieldOfNextStep));
    }
}
