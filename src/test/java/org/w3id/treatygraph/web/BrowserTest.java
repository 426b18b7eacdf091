package org.w3id.treatygraph.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.vocab.TG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real pages in a real browser: Debian's headless Chromium, driven through chromedriver by Selenium. Saves a
 * screenshot of every page to {@code target/screenshots/}. Needs the Debian packages chromium and
 * chromium-driver ({@code .ci/run} installs them).
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static RunningServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        server = new RunningServer();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // Flags for a closed network and a root user, as the machine's notes recommend.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("treatygraph-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void homePageShowsTheCountsAndEntryPoints() throws Exception {
        browser.get(server.url("/"));
        assertEquals("The UN Convention against Cybercrime, as linked data", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("dl.counts")).getText().contains("68"));
        browser.findElement(By.linkText("The UN Convention against Cybercrime")).click();
        assertEquals("United Nations Convention against Cybercrime", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("/doc/treaty/un-cybercrime-convention"), browser.getCurrentUrl());
        screenshot("home");
    }

    @Test
    void articlePageShowsItsChapterNeighboursAndSources() throws Exception {
        browser.get(server.url("/id/treaty/un-cybercrime-convention/article/16"));
        assertEquals("Article 16. Non-consensual dissemination of intimate images",
                browser.findElement(By.tagName("h1")).getText());
        WebElement context = browser.findElement(By.cssSelector("nav.context"));
        assertTrue(context.getText().contains("Chapter II. Criminalization"));
        assertTrue(browser.findElement(By.id("sources-heading")).isDisplayed());
        screenshot("article-16");
        context.findElement(By.cssSelector("a[rel=next]")).click();
        assertEquals("Article 17. Laundering of proceeds of crime", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void queryPageRunsAnExampleQuery() throws Exception {
        browser.get(server.url("/editor"));
        screenshot("query-page");
        List<WebElement> examples = browser.findElements(By.cssSelector("a.example"));
        assertTrue(examples.size() >= 12, "the competency questions are offered as examples");
        browser.findElement(By.cssSelector("a.example[data-name='07-articles-per-chapter.rq']")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("table.results tbody tr"));
        assertEquals(9, rows.size(), "one row per chapter");
        assertTrue(rows.get(1).getText().contains("Criminalization"));
        assertEquals("9", browser.findElement(By.id("row-count")).getText());
        screenshot("query-results");

        WebElement editor = browser.findElement(By.id("query"));
        editor.clear();
        editor.sendKeys("PREFIX tg: <https://w3id.org/treatygraph/ontology#> SELECT ?s WHERE { ?s a tg:Event }");
        WebElement previous = browser.findElement(By.cssSelector("table.results"));
        browser.findElement(By.id("run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(previous));
        assertEquals(3, browser.findElements(By.cssSelector("table.results tbody tr")).size());
    }

    @Test
    void statusPageShowsTheCountsTheEvidenceAndTheTrace() throws Exception {
        browser.get(server.url("/status?at=2025-10-26"));
        assertEquals("Status of the UN Convention against Cybercrime on 2025-10-26",
                browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("p.status-evidence")).getText()
                .contains("Latest depositary evidence taken into account: 2025-10-25."));
        assertTrue(browser.findElement(By.cssSelector("dl.counts")).getText().contains("72"), "signatories");
        screenshot("status");
        WebElement date = browser.findElement(By.id("status-at"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-10-24'", date);
        browser.findElement(By.cssSelector("form.status-date button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Status of the UN Convention against Cybercrime on 2025-10-24"));
        browser.get(server.url("/doc/state/VNM"));
        assertTrue(browser.findElement(By.id("status-heading")).getText().contains("for Viet Nam"));
        screenshot("state-status");
    }

    @Test
    void pagesAreStyledAndTheEditorRunsBehindAPublicBaseOnAnotherHost() throws Exception {
        // The production setting: IRIs under https://w3id.org/treatygraph/, pages served by this host.
        try (RunningServer behindW3id = new RunningServer(TG.BASE)) {
            browser.get(behindW3id.url("/editor"));
            assertEquals("rgba(16, 38, 63, 1)", browser.findElement(By.cssSelector("header.site"))
                    .getCssValue("background-color"), "the style sheet loaded under the content security policy");
            WebElement editor = browser.findElement(By.id("query"));
            editor.clear();
            editor.sendKeys("PREFIX tg: <https://w3id.org/treatygraph/ontology#> SELECT ?s WHERE { ?s a tg:Event }");
            browser.findElement(By.id("run")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results tbody tr")));
            assertTrue(browser.getCurrentUrl().startsWith(behindW3id.url("/editor")), browser.getCurrentUrl());
            assertEquals(3, browser.findElements(By.cssSelector("table.results tbody tr")).size());
            assertTrue(browser.findElement(By.cssSelector("table.results")).getText().contains("https://w3id.org/treatygraph/id/"),
                    "results show the canonical IRIs");
            screenshot("editor-behind-w3id");
        }
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
