package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person signs in in the gateway's Swagger UI and "tries out" a protected operation with the real
 * token: headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run} installs)
 * opens {@code /q/swagger-ui}, Execute on GET /api/v1/residents is 401, "Authorize" with the
 * {@code keycloak} scheme's authorization code flow (PKCE, client community-edu-swagger) signs in at the
 * suite's Keycloak in a popup as {@code officer}, and the same Execute is 200.
 * <p>
 * Skipped (before the suite starts, with the reason) where /usr/bin/chromium or /usr/bin/chromedriver is
 * missing, so that {@code ./mvnw verify} works on a developer's machine without them; CI installs them.
 * On failure a screenshot, the page's HTML and the browser's console log are saved under
 * {@code target/swagger-ui-sign-in/}.
 */
@ExtendWith({SwaggerUiSignInTest.ChromiumInstalled.class, SuiteExtension.class})
class SwaggerUiSignInTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path EVIDENCE = Path.of("target", "swagger-ui-sign-in");
    static final Duration WAIT = Duration.ofSeconds(30);

    static final String OPERATION = "#operations-Residents-get_api_v1_residents";

    /**
     * Skips the class where Chromium is missing, before SuiteExtension would start the suite for it; the
     * reason is reported as the skip's reason.
     */
    static final class ChromiumInstalled implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
            }
            String reason = "Swagger UI sign-in test skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. "
                    + "Install them with 'apt-get install -y --no-install-recommends chromium chromium-driver' (.ci/run does).";
            System.err.println("WARNING: " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("swagger-ui-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The system's driver, named here, so that Selenium Manager neither looks for nor downloads one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void anOfficerSignsInWithTheAuthorizationCodeFlowAndTriesOutAProtectedOperation(RunningSuite suite) throws Throwable {
        try {
            signInAndTryItOut(suite);
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void signInAndTryItOut(RunningSuite suite) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(suite.gateway().resolve("/q/swagger-ui/").toString());
        String swaggerUi = browser.getWindowHandle();

        // Not signed in: the protected operation is refused.
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(OPERATION)));
        scrollTo(operation);
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(OPERATION + " .try-out__btn"))).click();
        assertEquals("401", execute(wait), "Execute before signing in");
        browser.findElement(By.cssSelector(OPERATION + " .btn-clear")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(OPERATION + " .live-responses-table")));

        // "Authorize": the keycloak scheme's authorization code flow, as the realm's Swagger UI client.
        WebElement authorize = browser.findElement(By.cssSelector(".auth-wrapper .btn.authorize"));
        scrollTo(authorize);
        authorize.click();
        WebElement codeFlow = wait.until(driver -> authContainer("authorizationCode"));
        assertEquals("community-edu-swagger",
                codeFlow.findElement(By.cssSelector("input[data-name='clientId']")).getAttribute("value"),
                "client id prefilled from quarkus.swagger-ui.oauth-client-id");
        List<String> before = new ArrayList<>(browser.getWindowHandles());
        codeFlow.findElement(By.cssSelector(".modal-btn.auth.authorize")).click();

        // Keycloak's sign-in page opens in a popup.
        String popup = wait.until(driver -> driver.getWindowHandles().stream()
                .filter(handle -> !before.contains(handle)).findFirst().orElse(null));
        browser.switchTo().window(popup);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(Tokens.OFFICER);
        browser.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        // The popup goes back to Swagger UI's oauth2-redirect.html, which hands over the code and closes itself.
        wait.until(driver -> !driver.getWindowHandles().contains(popup));
        browser.switchTo().window(swaggerUi);

        // Swagger UI has exchanged the code for a token (a CORS request to Keycloak): the flow shows it is authorized.
        WebElement authorized = wait.until(driver -> {
            WebElement flow = authContainer("authorizationCode");
            List<WebElement> errors = flow == null ? List.of() : flow.findElements(By.cssSelector(".errors"));
            if (!errors.isEmpty() && !errors.get(0).getText().isBlank()) {
                throw new AssertionError("Swagger UI reports an error after signing in: " + errors.get(0).getText());
            }
            return flow != null && flow.getText().contains("Authorized")
                    && flow.findElement(By.cssSelector(".modal-btn.auth.authorize")).getText().equals("Logout") ? flow : null;
        });
        authorized.findElement(By.cssSelector(".btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));
        assertEquals("authorization button locked", browser.findElement(By.cssSelector(OPERATION + " .authorization__btn"))
                .getAttribute("aria-label"), "the operation's lock shows the sign-in");

        // Signed in: the same Execute sends the bearer token and is allowed.
        assertEquals("200", execute(wait), "Execute after signing in as " + Tokens.OFFICER);
        String curl = browser.findElement(By.cssSelector(OPERATION + " .curl")).getText();
        assertTrue(curl.contains("Authorization: Bearer ey"), "the request carried the token: " + curl);
    }

    /** Clicks the operation's Execute and returns the status of the response it shows. */
    private String execute(WebDriverWait wait) {
        WebElement execute = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(OPERATION + " .execute")));
        scrollTo(execute);
        execute.click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(OPERATION + " .live-responses-table .response .response-col_status"))).getText().trim();
    }

    /** The Authorize dialog's section of the keycloak scheme's given flow, or null while there is none. */
    private WebElement authContainer(String flow) {
        for (WebElement container : browser.findElements(By.cssSelector(".dialog-ux .auth-container"))) {
            for (WebElement code : container.findElements(By.cssSelector(".flow code"))) {
                // "authorizationCode with PKCE", "clientCredentials"
                if (code.getText().trim().split(" ")[0].equals(flow) && container.findElement(By.tagName("h4")).getText().startsWith("keycloak ")) {
                    return container;
                }
            }
        }
        return null;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private void saveEvidence() {
        try {
            if (Files.isDirectory(EVIDENCE)) {
                try (Stream<Path> old = Files.list(EVIDENCE)) {
                    old.map(Path::toFile).forEach(File::delete);
                }
            }
            Files.createDirectories(EVIDENCE);
            StringBuilder console = new StringBuilder();
            for (String handle : browser.getWindowHandles()) {
                browser.switchTo().window(handle);
                String name = "window-" + Math.abs(handle.hashCode());
                Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                        EVIDENCE.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            }
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                console.append(entry).append('\n');
            }
            Files.writeString(EVIDENCE.resolve("console.log"), console);
            System.err.println("Swagger UI test failed: screenshots, pages and the console log are in "
                    + EVIDENCE.toAbsolutePath() + "\n" + console);
        } catch (Exception e) {
            System.err.println("Could not save the evidence of the failure: " + e);
        }
    }
}
