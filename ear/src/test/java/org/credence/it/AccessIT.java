package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may use whose credentials: refusals leave one audit entry each, sign-in resists guessing,
 * a person's password cannot be used by another site's page, revoked tokens stay revoked, and every
 * answer carries the headers that keep other sites' pages out.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class AccessIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api INSPECTOR = Api.as("inspector");
    private static final Api AUDITOR = Api.as("auditor");
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    private static String[] client(String agency, String reads) {
        JsonObject registered = ADMIN.post(
                        "/clients", "{\"name\": \"" + agency + " gateway\", \"agency\": \"" + agency + "\"}")
                .expect(201)
                .json();
        String id = registered.getString("clientId");
        ADMIN.put(
                        "/clients/" + id + "/agreement",
                        "{\"reference\": \"DSA-" + id + "\", \"reads\": [" + reads + "], \"models\": [1]}")
                .expect(200);
        return new String[] {id, registered.getString("secret")};
    }

    private static String token(String clientId, String secret) {
        return Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .expect(200)
                .json()
                .getString("access_token");
    }

    /** The sealed audit entries with this target, newest first. */
    private static List<JsonObject> audited(String target) {
        return AUDITOR.get("/audit?limit=50&target=" + URLEncoder.encode(target, StandardCharsets.UTF_8))
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject auditedOnce(String what, String target) {
        return Api.eventually(what, () -> audited(target).stream().findFirst().orElse(null));
    }

    @Test
    void theApiNeverAsksABrowserForBasicCredentials() {
        Api.Reply reply = Api.anonymous().get("/businesses");
        reply.problem(401);
        assertFalse(reply.header("WWW-Authenticate").contains("Basic"), reply.header("WWW-Authenticate"));
        Api.Reply wrong = Api.as("admin", "not the password").get("/businesses");
        wrong.problem(401);
        assertFalse(wrong.header("WWW-Authenticate").contains("Basic"), wrong.header("WWW-Authenticate"));
    }

    @Test
    void aPasswordPostAnotherSiteCouldHaveSentIsRefusedAndNothingIsWritten() {
        String uscc = Api.newUscc();
        String csv = "uscc,name\n" + uscc + ",x\n";
        // text/plain (a form of another site can send it), a body-less POST, a foreign origin
        JsonObject plain = SAMR.send(SAMR.request("/records/csv")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(csv)))
                .problem(415);
        assertTrue(plain.getString("detail").contains("JSON"), plain.toString());
        SAMR.send(SAMR.request("/plans/1/publication").POST(HttpRequest.BodyPublishers.noBody()))
                .problem(415);
        SAMR.with("Accept-Language", "zh-CN")
                .send(SAMR.request("/businesses")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("uscc=" + uscc)))
                .problem(415);
        JsonObject foreign = SAMR.with("Origin", "https://attacker.example")
                .post("/businesses", RegistryApiIT.business(uscc))
                .problem(403);
        assertNotNull(foreign.getString("detail"));
        SAMR.with("Sec-Fetch-Site", "cross-site")
                .post("/businesses", RegistryApiIT.business(uscc))
                .problem(403);
        ADMIN.get("/businesses/" + uscc).problem(404);
        // from this site's own pages, JSON as declared: accepted
        SAMR.with("Origin", "http://localhost:8080")
                .with("Sec-Fetch-Site", "same-origin")
                .post("/businesses", RegistryApiIT.business(uscc))
                .expect(201);

        // an agency's system with a token is not a browser's credential: unaffected
        String[] client = client("STA", "\"SCORE\"");
        Api.bearer(token(client[0], client[1]))
                .with("Purpose", "invoice check")
                .with("Origin", "https://attacker.example")
                .post("/credit/lookup", "{\"usccs\": [\"" + uscc + "\"]}")
                .expect(200);
    }

    @Test
    void repeatedWrongPasswordsAreHeldBackWith429AndAudited() {
        String name = "guess-" + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36);
        for (int i = 0; i < 5; i++) {
            Api.as(name, "password" + i).get("/me").problem(401); // the first five are free
        }
        // from the fifth failure on, each one doubles the wait (1 s, 2 s, 4 s ...): a guesser is soon held back
        Api.Reply held = null;
        for (int i = 5; i < 12 && (held == null || held.status() != 429); i++) {
            held = Api.as(name, "password" + i).with("Accept-Language", "zh-CN").get("/me");
        }
        JsonObject problem = held.problem(429);
        assertTrue(Long.parseLong(held.header("Retry-After")) >= 1, held.header("Retry-After"));
        assertTrue(problem.getString("detail").contains("秒"), problem.toString());
        // others sign in as before
        ADMIN.get("/me").expect(200);

        JsonObject failed =
                Api.eventually(
                        "the failed sign-ins' audit entries",
                        () -> AUDITOR
                                .get("/audit?limit=200")
                                .expect(200)
                                .structure()
                                .asJsonArray()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(e -> e.getString("actor").equals(name)
                                        && e.getString("action").equals("signin.throttled"))
                                .findFirst()
                                .orElse(null));
        assertTrue(failed.getString("target").startsWith("address "), failed.toString());
        assertTrue(
                5
                        <= AUDITOR
                                .get("/audit?limit=200")
                                .expect(200)
                                .structure()
                                .asJsonArray()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(e -> e.getString("actor").equals(name)
                                        && e.getString("action").equals("signin.failed"))
                                .count(),
                "each failure audited");
    }

    @Test
    void theSignInPageSaysWhenSignInsAreHeldBack() throws Exception {
        String name = "page-guess-" + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (int i = 0; i < 5; i++) {
            assertTrue(signIn(browser, name, "wrong" + i).contains("用户名或密码错误"));
        }
        String page = null;
        for (int i = 5; i < 12 && (page == null || !page.contains("登录失败次数过多")); i++) {
            page = signIn(browser, name, "wrong" + i);
        }
        assertTrue(page.contains("登录失败次数过多"), page);
    }

    /**
     * A browser's session signs its person in to pages only: a request for the API that carries the cookie and no
     * credentials of its own is nobody's, whatever form its path takes (a path parameter, a doubled slash), so that
     * another site cannot make a signed-in browser call the API.
     */
    @Test
    void aSessionCookieNeverAuthorisesTheApiWhateverFormItsPathTakes() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        signIn(browser, "auditor", "auditor");
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/credence/app/index.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the session is signed in: " + page.headers());
        for (String path : List.of(
                "/credence/api/v1/me",
                "/credence/api;x/v1/me",
                "/credence/api/v1;x/me",
                "/credence/api/v1/me;x",
                "/credence//api/v1/me",
                "/credence/./api/v1/me")) {
            HttpResponse<String> api = browser.send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(
                    api.statusCode() == 401 || api.statusCode() == 400 || api.statusCode() == 404,
                    path + " -> " + api.statusCode() + " " + api.body());
            assertFalse(api.body().contains("\"auditor\""), path + " answered as the session's person: " + api.body());
        }
    }

    private static String signIn(HttpClient browser, String user, String password) throws Exception {
        URI signin = URI.create(Api.BASE + "/credence/signin.xhtml");
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(signin)
                        .header("Accept-Language", "zh-CN")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertTrue(state.find(), form.body());
        String body = "signin=signin&signin%3Anext=&signin%3Ausername="
                + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&signin%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&signin%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(signin)
                        .header("Accept-Language", "zh-CN")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", Api.BASE)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() < 500, answer.body());
        return answer.body();
    }

    @Test
    void everyRefusalLeavesExactlyOneTrace() {
        // a 403 of the API, outside the caller's roles
        long marker = RANDOM.nextInt(Integer.MAX_VALUE) + 1_000_000_000L;
        INSPECTOR.post("/plans/" + marker + "/consent", "").problem(403);
        JsonObject denied =
                auditedOnce("the API refusal's entry", "POST /credence/api/v1/plans/" + marker + "/consent");
        assertEquals("access.denied", denied.getString("action"));
        assertEquals("inspector", denied.getString("actor"));

        // a 403 of a page, which the container answers before the application runs
        String page = "/credence/app/clients.xhtml";
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
        Api.Reply refusedPage = INSPECTOR.send(
                INSPECTOR.request(Api.BASE + page).header("Accept", "text/html").GET());
        assertEquals(403, refusedPage.status());
        JsonObject pageEntry = Api.eventually(
                "the page refusal's entry",
                () -> audited("GET " + page).stream()
                        .filter(e -> e.getJsonNumber("seq").longValue() > before
                                && e.getString("actor").equals("inspector"))
                        .findFirst()
                        .orElse(null));
        assertEquals("access.denied", pageEntry.getString("action"));

        // a client reading under a model outside its agreement: 403 before anything is read, one entry
        String[] client = client("STA", "\"SCORE\"");
        Api tax = Api.bearer(token(client[0], client[1])).with("Purpose", "invoice check");
        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        tax.get("/credit/" + uscc + "?model=987654").problem(403);
        JsonObject refused = auditedOnce("the refused lookup's entry", uscc);
        assertEquals("credit.lookup.refused", refused.getString("action"));
        assertEquals(client[0], refused.getString("actor"));
        assertEquals("STA", refused.getString("agency"));
        assertEquals("invoice check", refused.getString("purpose"));
        assertTrue(refused.getString("detail").startsWith("refused 403"), refused.toString());
        // the explanation is outside this agreement
        tax.get("/credit/" + uscc + "/explanation").problem(403);
        // a business nobody registered: probing leaves a trace
        String unknown = Api.newUscc();
        tax.get("/credit/" + unknown).problem(404);
        JsonObject probe = auditedOnce("the failed lookup's entry", unknown);
        assertEquals("credit.lookup.failed", probe.getString("action"));
        assertTrue(probe.getString("detail").startsWith("failed 404"), probe.toString());
        // each refusal once: the lookup's own entries, no second one for the same 403
        assertEquals(
                2,
                Api.eventually("both refusals of " + uscc, () -> {
                            List<JsonObject> entries = audited(uscc);
                            return entries.size() >= 2 ? entries : null;
                        })
                        .stream()
                        .filter(e -> e.getString("action").endsWith(".refused"))
                        .count());
        assertEquals(List.of(), audited("GET /credence/api/v1/credit/" + uscc));
        assertEquals(List.of(), audited("GET /credence/api/v1/credit/" + uscc + "/explanation"));
    }

    @Test
    void aNewSecretOrADisablingRevokesIssuedTokensAndTheTokenEndpointTakesHttpBasic() {
        String[] client = client("GACC", "\"SCORE\"");
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((client[0] + ":" + URLEncoder.encode(client[1], StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
        Api.Reply viaBasic = Api.anonymous()
                .send(Api.anonymous()
                        .request("/oauth/token")
                        .header("Authorization", basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        String first = viaBasic.expect(200).json().getString("access_token");
        Api.anonymous()
                .send(Api.anonymous()
                        .request("/oauth/token")
                        .header("Authorization", basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_secret=x")))
                .problem(400);
        Api.bearer(first).get("/me").expect(200);

        String secret = ADMIN.post("/clients/" + client[0] + "/secret", "")
                .expect(200)
                .json()
                .getString("secret");
        Api.bearer(first).get("/me").problem(401);
        String second = token(client[0], secret);
        Api.bearer(second).get("/me").expect(200);

        ADMIN.put("/clients/" + client[0] + "/status", "{\"status\": \"DISABLED\"}")
                .expect(200);
        ADMIN.put("/clients/" + client[0] + "/status", "{\"status\": \"ACTIVE\"}")
                .expect(200);
        Api.bearer(second).get("/me").problem(401);
        Api.bearer(token(client[0], secret)).get("/me").expect(200);
    }

    @Test
    void everyAnswerKeepsOtherSitesPagesOut() {
        Api.Reply page = Api.anonymous()
                .send(Api.anonymous()
                        .request(Api.BASE + "/credence/signin.xhtml")
                        .GET());
        assertEquals(200, page.status());
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals(null, page.header("Strict-Transport-Security"), "plain HTTP: no HSTS");
        String cookie = page.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + page.response().headers()));
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        Api.Reply api = Api.anonymous().get("/businesses");
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertTrue(api.header("Content-Security-Policy").startsWith("default-src 'none'"));
    }
}
