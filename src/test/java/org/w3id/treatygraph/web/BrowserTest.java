package org.w3id.treatygraph.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
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
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);   // the console, to fail on content security policy violations
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
    void withoutScriptsTheQueryFormRunsAnExampleQuery() throws Exception {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            queryFormRunsAnExampleQuery();
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private void queryFormRunsAnExampleQuery() throws Exception {
        browser.get(server.url("/editor"));
        assertTrue(browser.findElement(By.id("query")).isDisplayed(), "the plain form, as scripts do not run");
        screenshot("query-page-without-scripts");
        List<WebElement> examples = browser.findElements(By.cssSelector("a.example"));
        assertTrue(examples.size() >= 12, "the competency questions are offered as examples");
        browser.findElement(By.cssSelector("a.example[data-name='07-articles-per-chapter.rq']")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("table.results tbody tr"));
        assertEquals(9, rows.size(), "one row per chapter");
        assertTrue(rows.get(1).getText().contains("Criminalization"));
        assertEquals("9", browser.findElement(By.id("row-count")).getText());
        screenshot("query-results-without-scripts");

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
            runInEditor("PREFIX tg: <https://w3id.org/treatygraph/ontology#> SELECT ?s WHERE { ?s a tg:Event }");
            List<WebElement> rows = waitForResultRows(3);
            assertTrue(browser.getCurrentUrl().startsWith(behindW3id.url("/editor?query=")), "a shareable address: "
                    + browser.getCurrentUrl());
            assertTrue(rows.get(0).findElement(By.cssSelector("a.iri")).getAttribute("href")
                    .startsWith("https://w3id.org/treatygraph/id/"), "results show the canonical IRIs");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".yasr .iri-label")));
            assertNoPolicyViolation();
            screenshot("editor-behind-w3id");
        }
    }

    @Test
    void treatyPageHasATableOfContentsInNumericOrder() throws Exception {
        browser.get(server.url("/id/treaty/un-cybercrime-convention"));
        List<String> chapters = browser.findElements(By.cssSelector("section.toc-part h3")).stream()
                .map(WebElement::getText).toList();
        assertEquals(9, chapters.size(), chapters.toString());
        assertTrue(chapters.get(0).startsWith("Chapter I. General provisions"), chapters.toString());
        assertTrue(chapters.get(3).startsWith("Chapter IV."), chapters.toString());
        assertTrue(chapters.get(8).startsWith("Chapter IX. Final provisions"), chapters.toString());
        List<String> numbers = browser.findElements(By.cssSelector("ol.toc-articles .num")).stream()
                .map(WebElement::getText).toList();
        assertEquals(68, numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals("Article " + (i + 1) + ".", numbers.get(i), "articles in numeric order");
        }
        WebElement article16 = browser.findElement(By.xpath("//ol[@class='toc-articles']/li[@value='16']"));
        assertTrue(article16.getText().contains("Non-consensual dissemination of intimate images"), article16.getText());
        assertTrue(article16.findElement(By.cssSelector(".badge.mandatory")).getText().endsWith("shall"));
        String facts = browser.findElement(By.cssSelector("dl.facts")).getText();
        assertTrue(facts.contains("2024-12-24") && facts.contains("ninetieth day"), facts);
        assertTrue(!browser.findElement(By.cssSelector("details.statements table.properties")).isDisplayed(),
                "the generic statements are collapsed");
        screenshot("treaty-contents-top");
        scrollTo(browser.findElement(By.xpath("//ol[@class='toc-articles']/li[@value='7']")));
        screenshot("treaty-contents");
    }

    @Test
    void articlePageShowsItsParagraphsAndTheComparison() throws Exception {
        browser.get(server.url("/id/treaty/un-cybercrime-convention/article/7"));
        List<WebElement> paragraphs = browser.findElements(By.cssSelector("ol.paragraphs > li.provision"));
        assertEquals(2, paragraphs.size());
        assertTrue(paragraphs.get(0).findElement(By.cssSelector(".provision-label")).getText().equals("Article 7(1)"));
        assertEquals("shall", paragraphs.get(0).findElement(By.cssSelector(".badge")).getText());
        assertEquals("each State Party", paragraphs.get(0).findElement(By.cssSelector(".bearer")).getText());
        assertTrue(paragraphs.get(0).findElement(By.cssSelector("p.summary")).getText().length() > 20);
        List<WebElement> cards = browser.findElements(By.cssSelector(".compare-card.counterpart"));
        assertTrue(cards.stream().anyMatch(c -> c.getText().contains("Budapest Convention")
                && c.getText().contains("Article 2. Illegal access") && c.getText().contains("close")
                && c.getText().contains("confidence: likely")), cards.stream().map(WebElement::getText).toList().toString());
        screenshot("article-7-paragraphs");
        scrollTo(browser.findElement(By.id("compare-heading")));
        screenshot("article-7-compare");
    }

    @Test
    void searchingFromTheHeaderFindsArticle16() throws Exception {
        browser.get(server.url("/"));
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("intimate");
        browser.findElement(By.cssSelector("form.site-search button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/search?q=intimate"));
        WebElement first = browser.findElement(By.cssSelector("section.result-group li.result a.result-label"));
        assertEquals("Article 16. Non-consensual dissemination of intimate images", first.getText());
        assertEquals("Articles (1)", browser.findElement(By.id("kind-article-heading")).getText());
        assertTrue(browser.findElements(By.cssSelector("p.snippet mark")).size() > 3);
        screenshot("search-intimate");
        first.click();
        assertEquals("Article 16. Non-consensual dissemination of intimate images",
                browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("ol.paragraphs > li.provision")).size() >= 3);
        screenshot("article-16-paragraphs");
    }

    @Test
    void sourcesPageListsEveryGraphWithItsSourceAndCounts() throws Exception {
        openFromTheHeader("Sources", "/sources", "Sources and named graphs");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.sources tbody tr"));
        assertTrue(rows.size() >= 20, rows.size() + " graphs");
        WebElement provisions = rows.stream().filter(r -> r.getText().startsWith("provisions")).findFirst().orElseThrow();
        assertTrue(provisions.getText().contains("A/RES/79/243") && provisions.getText().contains("verified"),
                provisions.getText());
        assertTrue(Integer.parseInt(provisions.findElement(By.cssSelector("td.n")).getText()) > 1000);
        screenshot("sources");
    }

    @Test
    void signatoriesTableSortsOnTheServer() throws Exception {
        openFromTheHeader("Signatories", "/signatories", "Signatories and parties");
        List<String> parties = column(0);
        assertTrue(parties.size() > 60, parties.size() + " actions");
        assertEquals(parties.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), parties, "by party first");
        browser.findElement(By.linkText("date")).click();
        waitForUrl("/signatories?sort=date");
        List<String> dates = column(2);
        assertEquals("2025-10-25", dates.get(0));
        screenshot("signatories-by-date");
        browser.findElement(By.linkText("date")).click();
        waitForUrl("/signatories?sort=-date");
        List<String> descending = column(2);
        assertTrue(descending.get(0).compareTo(descending.get(descending.size() - 1)) > 0, descending.toString());
        browser.get(server.url("/signatories?sort=nonsense"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Sort by one of party"));
    }

    @Test
    void theEditorCompletesAPropertyAndShowsLabelsAChartAndAMap() throws Exception {
        browser.get(server.url("/editor"));
        WebElement codeMirror = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        assertTrue(!browser.findElement(By.id("query")).isDisplayed(), "YASGUI replaces the plain form");
        browser.executeScript("const cm = arguments[0].CodeMirror; cm.setValue(arguments[1]);"
                + " cm.setCursor(cm.lineCount(), 0); cm.focus();", codeMirror,
                "PREFIX tg: <" + server.url("/ontology#") + ">\nSELECT ?state (COUNT(?a) AS ?actions) WHERE {\n  ?a ");
        browser.switchTo().activeElement().sendKeys("tg:part");
        WebElement hints = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.CodeMirror-hints")));
        List<String> offered = hints.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertTrue(offered.contains("tg:party"), "the ontology's property is offered: " + offered);
        screenshot("editor-completion");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.switchTo().activeElement().sendKeys(" ?state . ?state a tg:State }\nGROUP BY ?state ORDER BY DESC(?actions)");
        String query = (String) browser.executeScript("return arguments[0].CodeMirror.getValue();", codeMirror);
        assertTrue(query.contains("?a tg:party ?state"), query);
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitForResultRows(10);
        // Austria has the most treaty actions in the data (7: Budapest, UNTOC, UNCAC and Hanoi), so it is the first row.
        WebElement austria = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .presenceOfElementLocated(By.xpath("//span[@class='iri-label' and text()='Austria']")));
        assertTrue(austria.findElement(By.xpath("preceding-sibling::a")).getText().endsWith("state/AUT"));
        assertTrue(browser.findElement(By.id("yasgui-downloads")).getText().contains("CSV"));
        scrollTo(browser.findElement(By.cssSelector(".yasr")));
        screenshot("editor-labels");
        browser.findElement(By.cssSelector(".select_chart")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.result-chart canvas")));
        scrollTo(browser.findElement(By.cssSelector(".yasr")));
        screenshot("editor-chart");
        browser.findElement(By.cssSelector(".select_map")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.result-map path.hit[data-iso3='AUT']")));
        screenshot("editor-map");
        assertNoPolicyViolation();
    }

    @Test
    void signatoriesPageDrawsTheMapByStatus() throws Exception {
        browser.get(server.url("/signatories"));
        WebElement vietNam = browser.findElement(By.cssSelector("figure.world-map path[data-iso3='VNM']"));
        assertEquals("status-signed", vietNam.getAttribute("class"));
        assertTrue(vietNam.getCssValue("fill").contains("143, 188, 230"), "the signed colour: " + vietNam.getCssValue("fill"));
        assertEquals("status-none", browser.findElement(By.cssSelector("figure.world-map path[data-iso3='IND']"))
                .getAttribute("class"));
        assertTrue(vietNam.getRect().getWidth() > 5, "Viet Nam's shape is drawn");
        assertTrue(browser.findElement(By.cssSelector("figure.world-map figcaption")).getText()
                .contains("do not imply official endorsement"));
        scrollTo(browser.findElement(By.id("map")));
        screenshot("signatories-map");
        scrollTo(browser.findElement(By.id("timeline")));
        screenshot("signatories-timeline");
    }

    @Test
    void statePageShowsItsStatusOfficialsAndOtherTreaties() throws Exception {
        browser.get(server.url("/id/state/VNM"));
        assertEquals("Viet Nam", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("signature")).getText().contains("Signed on 2025-10-25 at Hanoi"));
        assertTrue(browser.findElement(By.id("officials")).getText().contains("State President of Viet Nam: held by Luong Cuong"));
        assertTrue(browser.findElement(By.id("treaties")).getText().contains("Budapest Convention"));
        screenshot("state-vnm");
    }

    /** Sets the scripted editor's query and runs it. */
    private static void runInEditor(String query) {
        WebElement codeMirror = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        browser.executeScript("arguments[0].CodeMirror.setValue(arguments[1]);", codeMirror, query);
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
    }

    private static List<WebElement> waitForResultRows(int atLeast) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector(".yasr table.dataTable tbody tr"));
            return rows.size() >= atLeast ? rows : null;
        });
    }

    private static void assertNoPolicyViolation() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getMessage()).filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations);
    }

    /** Opens the home page, follows a link of the header and checks the page's heading. */
    private static void openFromTheHeader(String link, String path, String heading) {
        browser.get(server.url("/"));
        browser.findElement(By.cssSelector("header.site")).findElement(By.linkText(link)).click();
        waitForUrl(path);
        assertEquals(heading, browser.findElement(By.tagName("h1")).getText());
    }

    private static void waitForUrl(String ending) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(ending));
    }

    private static List<String> column(int index) {
        return browser.findElements(By.cssSelector("table.signatories tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    @Test
    void genericPagesNameInverseLinksAndCollapseLongLists() throws Exception {
        browser.get(server.url("/id/treaty/un-cybercrime-convention/chapter/2"));
        List<String> inverse = browser.findElements(By.cssSelector("table.incoming th[scope=row]")).stream()
                .map(WebElement::getText).toList();
        assertTrue(inverse.contains("is \u201cchapter\u201d of"), inverse.toString());
        assertTrue(inverse.contains("has part"), inverse.toString());
        WebElement articles = browser.findElement(By.xpath(
                "//table[contains(@class,'incoming')]//tr[th[normalize-space()='is \u201cchapter\u201d of']]"));
        assertEquals("15 values", articles.findElement(By.cssSelector("details.values > summary")).getText());
        articles.findElement(By.cssSelector("details.values > summary")).click();
        List<String> values = articles.findElements(By.cssSelector("ul.values > li > a:first-child")).stream()
                .map(WebElement::getText).toList();
        assertTrue(values.get(0).startsWith("Article 7."), values.toString());
        assertTrue(values.get(values.size() - 1).startsWith("Article 21."), "numeric order, not 10 before 7: " + values);
        screenshot("chapter-2-generic");
    }

    @Test
    void pagesFitAPhoneScreen() throws Exception {
        org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            for (String path : List.of("/id/treaty/un-cybercrime-convention/article/16", "/id/treaty/un-cybercrime-convention",
                    "/search?q=intimate", "/id/state/VNM", "/sources", "/signatories")) {
                browser.get(server.url(path));
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0L, ((Number) overflow).longValue(), path + " is wider than the screen");
            }
            browser.get(server.url("/id/treaty/un-cybercrime-convention/article/16"));
            screenshot("phone-article-16");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
