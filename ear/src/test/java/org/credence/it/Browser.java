package org.credence.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages (Debian {@code chromium} and {@code chromium-driver}),
 * driven by Selenium against the deployed EAR. Without Chromium the browser tests are skipped with
 * a message, except in CI ({@code CI=true}), where they fail: they must never be skipped there.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String BASE = Api.BASE + "/credence";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("credence.screenshots", "target/screenshots"));
    /** Where files the pages offer for download land. */
    static final Path DOWNLOADS = SCREENSHOTS.resolveSibling("downloads").toAbsolutePath();

    final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Browser start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and its driver are missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): .ci/run installs the Debian packages chromium and chromium-driver");
        }
        Assumptions.assumeTrue(
                present, "browser tests skipped: install the Debian packages chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=zh-CN");
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        try {
            Files.createDirectories(DOWNLOADS);
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("credence-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens a page of the application, e.g. {@code /signin.xhtml}. */
    Browser open(String path) {
        driver.get(BASE + path);
        return this;
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return find(id).getText();
    }

    /**
     * An element's text as the page shows it at this moment, or "" when it is not there: read in one step,
     * so that a part of the page a poll replaces meanwhile never fails the read.
     */
    String textNow(String id) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("var e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id);
        return text == null ? "" : text.toString();
    }

    /** Types into a field, replacing what it held. */
    Browser type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the next page to replace this one. */
    Browser click(String id) {
        return click(find(id));
    }

    Browser click(WebElement element) {
        element.click();
        wait.until(d -> gone(element));
        return this;
    }

    /**
     * Whether the page the element was on has been replaced. Chromium reports a node of a replaced
     * document either as stale or, depending on the moment, as "does not belong to the document";
     * Selenium's own staleness condition knows only the first.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until an element's part of the page has been replaced (by an update in place or a new page). */
    void replaced(WebElement element) {
        wait.until(d -> gone(element));
    }

    /** Chooses an option of a select that updates the page in place, and waits for the update. */
    Browser choose(WebElement select, String value) {
        pick(select, value);
        wait.until(d -> gone(select));
        return this;
    }

    /** Chooses an option by its value in a PrimeFaces select menu (id {@code form:field}) or a native select. */
    Browser pick(String id, String value) {
        return pick(has(id + "_input") ? find(id + "_input") : find(id), value);
    }

    /**
     * Chooses an option by its value the way a person does: a PrimeFaces select menu keeps its native
     * select hidden ({@code ID_input}), so its panel is opened and the item at the option's place clicked.
     */
    Browser pick(WebElement select, String value) {
        String id = select.getDomAttribute("id");
        if (id == null || !id.endsWith("_input")) {
            new org.openqa.selenium.support.ui.Select(select).selectByValue(value);
            return this;
        }
        String menu = id.substring(0, id.length() - "_input".length());
        java.util.List<WebElement> options = select.findElements(By.tagName("option"));
        int index = -1;
        for (int i = 0; i < options.size() && index < 0; i++) {
            if (value.equals(options.get(i).getDomProperty("value"))) {
                index = i;
            }
        }
        if (index < 0) {
            throw new org.openqa.selenium.NoSuchElementException("no option " + value + " in " + menu);
        }
        driver.findElement(By.id(menu)).click();
        // The panel fades in, and only when that has ended does the menu scroll its list to the item chosen
        // so far: an item clicked before then can have scrolled away under the pointer, so that the click
        // lands on another item (often the one already chosen, which changes nothing). A click the menu did
        // not take (the page was still setting it up) leaves the panel closed: when it is still closed at two
        // looks in a row, the menu is clicked again; a panel that is opening is left alone.
        int[] closedLooks = {0};
        wait.until(d -> {
            Object state = ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                            "var p = document.getElementById(arguments[0]);"
                                    + " if (!p || p.style.display !== 'block') return 'closed';"
                                    + " return p.classList.contains('ui-connected-overlay-enter-done')"
                                    + " || !PrimeFaces.animationEnabled ? 'open' : 'opening';",
                            menu + "_panel");
            if (!"closed".equals(state)) {
                closedLooks[0] = 0;
            } else if (++closedLooks[0] >= 2) {
                closedLooks[0] = 0;
                d.findElement(By.id(menu)).click();
            }
            return "open".equals(state);
        });
        WebElement item = driver.findElement(By.id(menu + "_items"))
                .findElements(By.cssSelector("li.ui-selectonemenu-item"))
                .get(index);
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menu + "_panel")));
        return this;
    }

    /** Opens a tab of a PrimeFaces tab view by the tab's client id (its content is on the page, hidden until then). */
    Browser tab(String tabId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[aria-controls='" + tabId + "']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(tabId)));
        return this;
    }

    /** The page's width beyond the window's (less a vertical scrollbar): 0 when nothing scrolls sideways. */
    long overflow() {
        Object width = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) width).longValue();
    }

    /** Whether an element lies wholly inside the window's width (not behind a sideways scrollbar). */
    boolean inView(WebElement element) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;",
                        element);
    }

    /**
     * Whether an element is cut by a box around it that hides or scrolls what overflows it (a chart in
     * a scrolling card): its rectangle reaches beyond such an ancestor's, or it overflows itself.
     */
    boolean clipped(WebElement element) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var e = arguments[0], r = e.getBoundingClientRect();
                if (e.scrollHeight > e.clientHeight + 1) return true;
                for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    var s = getComputedStyle(a);
                    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
                        var b = a.getBoundingClientRect();
                        if (r.top < b.top - 1 || r.bottom > b.bottom + 1 || r.left < b.left - 1 || r.right > b.right + 1) return true;
                    }
                }
                return false;""", element);
    }

    /**
     * What of a table is cut: whether it scrolls sideways inside its box (columns behind a scrollbar),
     * and each visible header or cell whose content is wider than the cell (cut off at its edge). Empty
     * when the whole table is in view.
     */
    java.util.List<String> cutCells(String tableId) {
        @SuppressWarnings("unchecked")
        java.util.List<String> cut = (java.util.List<String>)
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var t = arguments[0], cut = [];
                var w = t.querySelector('.ui-datatable-tablewrapper') || t;
                if (w.scrollWidth > w.clientWidth + 1) cut.push('scrolls sideways: ' + w.scrollWidth + ' > ' + w.clientWidth + ' px');
                t.querySelectorAll('th, td').forEach(function (c) {
                    if (c.offsetParent !== null && c.getClientRects().length > 0 && c.scrollWidth > c.clientWidth + 1) {
                        cut.push(c.innerText.trim() + ' (' + c.scrollWidth + ' > ' + c.clientWidth + ' px)');
                    }
                });
                return cut;""", find(tableId));
        return cut;
    }

    /**
     * Saves the whole page, not only the window (a phone's page is long): the window is made as tall as
     * the page for the screenshot, then given back its height.
     */
    void screenshotWhole(String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollHeight;"))
                .longValue();
        try {
            size(size.getWidth(), (int) Math.min(8000, Math.max(size.getHeight(), height + 140)));
            screenshot(name);
        } finally {
            size(size.getWidth(), size.getHeight());
        }
    }

    /** Sets the browser window's size, e.g. 1366 x 768 or a phone's 390 x 844. */
    Browser size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** Clicks a button that asks for confirmation, confirms, and waits for the next page. */
    Browser confirm(String id) {
        WebElement button = find(id);
        button.click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> gone(button));
        return this;
    }

    /** Like {@link #confirm}, and answers what the confirmation asked. */
    String confirmAsked(String id) {
        WebElement button = find(id);
        button.click();
        org.openqa.selenium.Alert alert = wait.until(ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        alert.accept();
        wait.until(d -> gone(button));
        return question;
    }

    /** Clicks a button that asks for confirmation, declines, and answers what it asked (nothing happens). */
    String decline(String id) {
        find(id).click();
        org.openqa.selenium.Alert alert = wait.until(ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        alert.dismiss();
        return question;
    }

    /**
     * Clicks a button that answers with a file (the page stays) and returns the file once Chromium has
     * saved it under {@code name} in {@link #DOWNLOADS} (it renames its partial file only when complete).
     */
    Path download(String id, String name) {
        Path file = DOWNLOADS.resolve(name);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        find(id).click();
        wait.until(d -> Files.exists(file));
        return file;
    }

    /** Waits (up to 30 s) until the page, updated in place, shows what is expected. */
    void waitFor(java.util.function.BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
    }

    Browser signIn(String user, String password) {
        open("/signin.xhtml");
        type("signin:username", user).type("signin:password", password).click("signin:submit");
        return this;
    }

    Browser signOut() {
        return click("out:sign-out");
    }

    /** Saves what the browser shows as a build artifact (target/screenshots/NAME.png). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
