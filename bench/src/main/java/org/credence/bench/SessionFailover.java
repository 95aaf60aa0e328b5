package org.credence.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fault 6 of {@code bench/cluster-faults}: a person signed in to the interface through the load balancer
 * keeps working when the node that holds their session is killed. Drives headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}) and talks with the script that kills the node on its
 * standard input and output:
 *
 * <ol>
 *   <li>signs in, opens the business search (a staff page), switches the interface to English there, and
 *       prints {@code node NAME}: the instance that holds the session, by the load balancer's cookie;
 *   <li>reads one line: the script has killed that instance;
 *   <li>submits the search form the killed instance rendered, then opens a page only a system
 *       administrator may see, and prints {@code ok WHAT} or {@code not WHAT} for each check, then {@code done}.
 * </ol>
 *
 * <pre>SessionFailover BASE_URL USER PASSWORD BUSINESS_NAME USCC</pre>
 *
 * BASE_URL is the application's address through the load balancer ({@code http://127.0.0.1:8081/credence});
 * the business (registered by the script) is what the search must find.
 */
public final class SessionFailover {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The load balancer's cookie that names the instance holding the session (config/cluster/haproxy.cfg). */
    private static final String NODE_COOKIE = "CREDENCE_NODE";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private SessionFailover(WebDriver driver, String base) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.base = base;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: SessionFailover BASE_URL USER PASSWORD BUSINESS_NAME USCC");
            System.exit(2);
        }
        WebDriver driver = chromium();
        try {
            new SessionFailover(driver, args[0]).run(args[1], args[2], args[3], args[4]);
        } finally {
            driver.quit();
        }
    }

    private static WebDriver chromium() throws IOException {
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
                "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("credence-failover-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private void run(String user, String password, String businessName, String uscc) throws IOException {
        driver.get(base + "/signin.xhtml");
        type("signin:username", user);
        type("signin:password", password);
        click(find("signin:submit"));
        driver.get(base + "/app/businesses.xhtml");
        find("search:name");
        // the language is the session's: English chosen on the node that dies must still be English after
        click(find("language:en"));
        find("language:zh");
        String node = node();
        report(
                driver.getCurrentUrl().contains("/app/businesses.xhtml") && user.equals(textNow("signed-in")),
                "signed in as " + user + " through the load balancer, the business search open, served by " + node);
        System.out.println("node " + node);
        System.out.flush();

        String killed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (killed == null) {
            System.out.println("not the script went away before it killed " + node);
            return;
        }

        // The search form the dead node rendered, submitted now (an Ajax request with that node's view state).
        WebElement results = find("search:results");
        type("search:name", businessName);
        find("search:go").click();
        wait.until(d -> stale(results) || !onPage("/app/businesses.xhtml"));
        boolean stayed =
                onPage("/app/businesses.xhtml") && !driver.getCurrentUrl().contains("expired=1");
        report(
                stayed,
                "the page rendered by " + node + " stayed (not the sign-in page, not reloaded as expired): "
                        + driver.getCurrentUrl());
        boolean found = stayed && waitFor(() -> textNow("search:results").contains(uscc));
        report(found, "its search form, submitted after the kill, found the business " + uscc);
        String after = node();
        report(!after.isEmpty() && !after.equals(node), "the other node answered (" + NODE_COOKIE + "=" + after + ")");
        report(
                user.equals(textNow("signed-in")),
                "the page shows the signed-in person " + user + " (" + textNow("signed-in") + ")");
        report(
                !driver.findElements(By.id("language:zh")).isEmpty(),
                "the interface is still in English, as chosen on " + node + " before the kill");

        // A page of one role only: the session's person and roles, not only its view state.
        driver.get(base + "/app/clients.xhtml");
        boolean admitted =
                waitFor(() -> !driver.findElements(By.id("list:clients")).isEmpty()) && onPage("/app/clients.xhtml");
        report(
                admitted && user.equals(textNow("signed-in")),
                "a page only system administrators may see (API clients) opens without signing in again, by " + node()
                        + ": " + driver.getCurrentUrl());
        System.out.println("done");
    }

    private static void report(boolean ok, String what) {
        System.out.println((ok ? "ok " : "not ") + what);
        System.out.flush();
    }

    private String node() {
        Cookie cookie = driver.manage().getCookieNamed(NODE_COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }

    private boolean onPage(String path) {
        String url = driver.getCurrentUrl();
        return url != null && url.startsWith(base + path);
    }

    private WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits until the next page has replaced this one. */
    private void click(WebElement element) {
        element.click();
        wait.until(d -> stale(element));
    }

    /** Whether the condition holds within the wait's time (false, not an exception, when it does not). */
    private boolean waitFor(java.util.function.BooleanSupplier condition) {
        try {
            wait.until(d -> condition.getAsBoolean());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** An element's text as shown at this moment, or "" when it is not on the page. */
    private String textNow(String id) {
        Object text = ((JavascriptExecutor) driver)
                .executeScript("var e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id);
        return text == null ? "" : text.toString().strip();
    }

    /** Whether the element's page (or its part of the page) has been replaced. */
    private static boolean stale(WebElement element) {
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
}
