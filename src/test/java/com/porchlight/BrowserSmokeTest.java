package com.porchlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import com.porchlight.security.NewUser;
import com.porchlight.security.Roles;
import com.porchlight.security.UserService;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one real-browser test: every demo user signs in through the real login form in headless Chromium and lands on
 * the home view. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BrowserSmokeTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @BeforeAll
    static void launchBrowser() {
        String missing = "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium, as .ci/run does)";
        if (System.getenv("CI") != null) {
            assertThat(Files.isExecutable(CHROMIUM)).as(missing).isTrue(); // CI must never skip the browser test
        }
        assumeTrue(Files.isExecutable(CHROMIUM), missing + "; the browser test is skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page signIn(BrowserContext context, String email, String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/");
        page.waitForURL("**/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email")).fill(email);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    @ParameterizedTest(name = "{2} signs in")
    @CsvSource({
            "admin@porchlight.demo, porchlight-admin, Alex, Administrator, admin",
            "cmo@porchlight.demo, porchlight-cmo, Casey, CMO, cmo",
            "compliance@porchlight.demo, porchlight-compliance, Priya, Compliance officer, compliance",
            "marketer@porchlight.demo, porchlight-marketer, Marco, Marketer, marketer",
            "lo@porchlight.demo, porchlight-lo, Lena, Loan officer, loan-officer"})
    void each_demo_user_signs_in_and_sees_the_home_view(String email, String password, String firstName,
            String roleLabel, String file) throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = signIn(context, email, password);
            page.getByText("Welcome, " + firstName).waitFor();
            assertThat(page.url()).doesNotContain("login");
            assertThat(page.locator("vaadin-card").first().textContent()).contains(roleLabel);
            assertThat(page.locator(".pl-user-roles").textContent()).isEqualTo(roleLabel);
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-" + file + ".png")));
        }
    }

    @Test
    void an_administrator_opens_the_user_administration_and_the_sign_in_log() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = signIn(context, "admin@porchlight.demo", "porchlight-admin");
            page.getByText("Welcome, Alex").waitFor();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
            page.waitForURL("**/admin/users");
            page.locator("vaadin-grid-cell-content").getByText("cmo@porchlight.demo").waitFor();
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("users.png")));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user")).click();
            page.getByRole(AriaRole.DIALOG).getByText("Initial password").first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("users-new.png")));
            page.keyboard().press("Escape");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign-in log").setExact(true)).click();
            page.waitForURL("**/admin/sign-ins");
            page.locator("vaadin-grid-cell-content").getByText("Signed in").first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-log.png")));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API keys").setExact(true)).click();
            page.waitForURL("**/admin/api-keys");
            page.locator("vaadin-grid-cell-content").getByText("Demo compliance check").first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-keys.png")));

            page.navigate("http://localhost:" + port + "/no-such-page");
            page.getByText("Page not found").waitFor();
            assertThat(page.getByText("There is no page at /no-such-page").isVisible()).isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-found.png")));
        }
    }

    @Test
    void a_marketer_who_opens_an_admin_address_is_told_they_have_no_access() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "marketer@porchlight.demo", "porchlight-marketer");
            page.getByText("Welcome, Marco").waitFor();
            page.navigate("http://localhost:" + port + "/admin/users");
            page.getByText("You don't have access to this page").waitFor();
            assertThat(page.getByText("cmo@porchlight.demo").count()).isZero();
        }
    }

    @Test
    void a_user_disabled_by_an_administrator_loses_their_open_session() {
        String email = "leaver-" + System.nanoTime() + "@example.com";
        asAdmin(() -> users.create(new NewUser(email, "Lee Ver", Set.of(Roles.MARKETER), "leaving-password")));
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, email, "leaving-password");
            page.getByText("Welcome, Lee").waitFor();

            asAdmin(() -> {
                var user = users.page(email, PageRequest.of(0, 1)).getContent().getFirst();
                return users.setEnabled(user.id(), user.version(), false);
            });

            page.reload();
            page.waitForURL("**/login?ended");
            page.getByText("Your session was ended by an administrator").waitFor();
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        // The holder's strategy is JVM-global; use the one this application context's method security reads.
        SecurityContextHolder.setContextHolderStrategy(
                applicationContext.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        var admin = new org.springframework.security.authentication.TestingAuthenticationToken("admin@porchlight.demo",
                null, "ROLE_ADMIN");
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_marketer_types_an_ad_and_sees_the_compliance_findings_as_they_type() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = signIn(context, "marketer@porchlight.demo", "porchlight-marketer");
            page.getByText("Welcome, Marco").waitFor();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compliance check").setExact(true)).click();
            page.waitForURL("**/compliance/check");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Subject")).fill(
                    "Rates just dropped: 30-year fixed at 5.875%!");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Body").setExact(true)).fill(
                    "Refinance with Harbor Light and save $400 a month. Only $1,499 closing costs. Act now!");
            page.getByText("REGZ-RATE-APR").first().waitFor();
            assertThat(page.locator(".pl-verdict").textContent()).startsWith("Blocked");
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("compliance-check.png")));
        }
    }

    @Test
    void a_compliance_officer_opens_the_advertiser_profile_the_rules_and_the_audit_log() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
            Page page = signIn(context, "compliance@porchlight.demo", "porchlight-compliance");
            page.getByText("Welcome, Priya").waitFor();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advertiser profile").setExact(true)).click();
            page.waitForURL("**/compliance/advertiser");
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Company NMLS ID"))
                    .inputValue()).isEqualTo("1002003");
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("advertiser-profile.png")));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compliance rules").setExact(true)).click();
            page.waitForURL("**/compliance/rules");
            page.locator("vaadin-grid-cell-content").getByText("REGZ-RATE-APR").first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("compliance-rules.png")));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log").setExact(true)).click();
            page.waitForURL("**/audit");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit-log.png")));
        }
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_a_clear_message() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "cmo@porchlight.demo", "not-the-password");
            page.waitForURL("**/login?error");
            page.getByText("Wrong email or password").waitFor();
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-error.png")));
        }
    }
}
