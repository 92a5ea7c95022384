package io.newsevents.e2e;

import io.newsevents.e2e.browser.Chromium;
import io.newsevents.e2e.browser.SharedPipeline;
import io.newsevents.stack.Pipeline;
import io.newsevents.stack.Pipeline.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard as a person uses it: the page at api-service's {@code /} in headless Chromium, with the whole pipeline
 * behind it (embedded Kafka and PostgreSQL, the four services as processes). The page is opened first; then an article
 * of our own writing goes in through ingest, and its deal has to show up in the fact table by itself, over the live
 * stream, without a reload. Clicking the row shows the evidence sentence; the search box filters the table.
 * <p>
 * Screenshots: {@code target/screenshots/dashboard.png} at the end, {@code target/screenshots/failure-<test>.png} when a
 * step fails (with the page's console log and the service logs on stderr). Skipped when Chromium or chromedriver is not
 * installed ({@link Chromium#assumeInstalled()}).
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    /** Written for this test (real states, invented facts): a concluded deal with a value, and an exercise. */
    static final String DEAL_SENTENCE = "Portugal signed a contract worth €340 million with Morocco on 3 June 2026 "
            + "for twelve patrol boats, the navy in Lisbon said.";
    static final String EXERCISE_SENTENCE = "Greek and Cypriot troops held a joint military exercise called Blue Olive "
            + "near Limassol in May.";
    static final String TEXT = DEAL_SENTENCE + " " + EXERCISE_SENTENCE;

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);
    /** From POST to a row in the table; the first article of a cold pipeline pays JIT and consumer warm-up. */
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(120);

    private SharedPipeline.Handle stack;
    private Pipeline pipeline;
    private Chromium chromium;
    private WebDriver driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Set by the steps as they go: the article we posted and the fact ids its deal and exercise got. */
    private String articleId;
    private String dealFactId;
    private String exerciseFactId;
    /** The first step that failed: the later ones build on it and are skipped instead of timing out one by one. */
    private String failedStep;

    @RegisterExtension
    final TestWatcher evidenceOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String name = context.getRequiredTestMethod().getName();
            if (failedStep == null) {
                failedStep = name;
            }
            StringBuilder sb = new StringBuilder("\n##### ").append(name).append(" failed");
            if (chromium != null) {
                try {
                    sb.append("; screenshot ").append(chromium.screenshot(SCREENSHOTS.resolve("failure-" + name + ".png"))
                            .toAbsolutePath());
                } catch (IOException | RuntimeException e) {
                    sb.append("; no screenshot: ").append(e);
                }
                sb.append("\n##### page console:\n").append(chromium.consoleLog());
            }
            if (stack != null) {
                sb.append("\n##### service logs:").append(stack.logTails(80));
            }
            System.err.println(sb);
        }
    };

    @BeforeAll
    void openDashboard(SharedPipeline.Handle stack) throws IOException {
        if (!Chromium.installed()) {
            return;   // each test then reports itself skipped, with the reason (an aborted @BeforeAll shows nothing)
        }
        this.stack = stack;
        long t0 = System.nanoTime();
        pipeline = stack.pipeline();
        elapsed("pipeline ready", t0);
        chromium = Chromium.start(Path.of("target"), 1400, 1900);
        driver = chromium.driver();
        elapsed("browser started", t0);
    }

    @BeforeEach
    void needsChromiumAndTheStepsBefore() {
        Chromium.assumeInstalled();
        assumeTrue(failedStep == null, () -> "the earlier step " + failedStep + " failed");
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void thePageLoadsAndFollowsTheStream() {
        long t0 = System.nanoTime();
        driver.get(pipeline.url(Service.API) + "/");
        assertThat(driver.getTitle()).contains("newsevents");
        waitFor("the initial load of /facts", PAGE_TIMEOUT,
                d -> "true".equals(js("return document.body.dataset.loaded || null")));
        waitFor("#live-status[data-state=live]", PAGE_TIMEOUT,
                d -> !d.findElements(By.cssSelector("#live-status[data-state='live']")).isEmpty());
        elapsed("page loaded and live", t0);

        assertThat(driver.findElement(By.id("graph")).isDisplayed()).as("#graph shown").isTrue();
        assertThat(driver.findElement(By.id("timeline")).isDisplayed()).as("#timeline shown").isTrue();
        assertThat(driver.findElement(By.id("fact-table")).isDisplayed()).as("#fact-table shown").isTrue();
        assertThat(driver.findElement(By.cssSelector("#live-status .label")).getText()).isEqualTo("live");
        assertThat(rowTexts()).as("nothing of our article yet").noneMatch(t -> t.contains("Morocco"));
    }

    @Test
    @Order(2)
    void aPostedArticleShowsUpLiveWithoutAReload() throws Exception {
        assertThat(js("return document.body.dataset.loaded || null")).as("the page of step 1 is open").isEqualTo("true");
        String marker = UUID.randomUUID().toString();
        js("window.__e2eNoReload = arguments[0]; return null", marker);

        long t0 = System.nanoTime();
        articleId = post("{\"url\": \"https://example.org/e2e/lisbon-patrol-boats\", \"title\": \"Lisbon orders boats\", "
                + "\"published\": \"2026-06-05\", \"text\": " + quote(TEXT) + "}");

        Map<String, Object> deal = waitFor("a deal row with Portugal and Morocco in the table", FLOW_TIMEOUT,
                d -> row(r -> "DealSigned".equals(r.get("type"))
                        && text(r).contains("Portugal") && text(r).contains("Morocco")));
        elapsed("deal row in the browser", t0);
        dealFactId = (String) deal.get("id");
        assertThat(text(deal)).contains("PRT", "MAR", "2026-06-03", "340 m EUR");
        Map<String, Object> exercise = waitFor("an exercise row with Greece and Cyprus in the table", FLOW_TIMEOUT,
                d -> row(r -> "ExerciseHeld".equals(r.get("type"))
                        && text(r).contains("Greece") && text(r).contains("Cyprus")));
        exerciseFactId = (String) exercise.get("id");
        assertThat(exerciseFactId).isNotEqualTo(dealFactId);

        // the same document all along: the rows came over the stream, not from a reload
        assertThat(js("return window.__e2eNoReload || null")).as("page not reloaded").isEqualTo(marker);
        assertThat(js("return document.body.dataset.lastEventId || null")).as("an SSE id was received").isNotNull();
        assertThat(driver.findElement(By.id("counts")).getText()).containsPattern("[1-9]\\d* deals");
        // the graph and the timeline took the new facts in as well
        waitFor("Portugal and Morocco in the graph", PAGE_TIMEOUT, d ->
                !d.findElements(By.cssSelector("#graph g.node[data-actor='PRT']")).isEmpty()
                        && !d.findElements(By.cssSelector("#graph g.node[data-actor='MAR']")).isEmpty()
                        && !d.findElements(By.cssSelector("#graph path.link[data-type='DealSigned']")).isEmpty());
        waitFor("the year 2026 in the timeline", PAGE_TIMEOUT,
                d -> !d.findElements(By.cssSelector("#timeline g.year[data-year='2026']")).isEmpty());

        // a click on the row shows its sources with the evidence sentence
        waitFor("a click on the deal row", PAGE_TIMEOUT, d -> {
            d.findElement(By.cssSelector("#fact-table tr[data-fact-id='" + dealFactId + "']")).click();
            return true;
        });
        String sources = "#fact-table tr[data-sources-of='" + dealFactId + "'] [data-testid='source']";
        waitFor("the sources of the deal", PAGE_TIMEOUT, d -> !d.findElements(By.cssSelector(sources)).isEmpty());
        List<WebElement> shown = driver.findElements(By.cssSelector(sources));
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).findElement(By.cssSelector(".evidence")).getText()).isEqualTo(DEAL_SENTENCE);
        assertThat(shown.get(0).findElement(By.cssSelector(".meta")).getText())
                .contains("article " + articleId, "characters 0–" + DEAL_SENTENCE.length());
        assertThat(driver.findElements(By.cssSelector("#fact-table tr[data-sources-of='" + exerciseFactId + "']")))
                .as("only the clicked row is open").isEmpty();
    }

    @Test
    @Order(3)
    void theSearchBoxFiltersTheTable() {
        assertThat(dealFactId).as("step 2 found the deal").isNotNull();
        WebElement search = driver.findElement(By.id("search"));

        search.sendKeys("morocco");
        waitFor("only rows that mention Morocco", PAGE_TIMEOUT, d -> {
            List<Map<String, Object>> rows = rows();
            return ids(rows).contains(dealFactId) && !ids(rows).contains(exerciseFactId)
                    && rows.stream().allMatch(r -> text(r).contains("Morocco"));
        });
        assertThat(summary()).isEqualTo(rows().size() + " facts");

        clear(search);
        search.sendKeys("Limassol");   // a word of the exercise's evidence only, not of its row
        waitFor("the exercise found by its evidence", PAGE_TIMEOUT, d -> {
            List<String> ids = ids(rows());
            return ids.contains(exerciseFactId) && !ids.contains(dealFactId);
        });

        clear(search);
        search.sendKeys("portugal zzzz-no-such-word");   // every word must match
        waitFor("no rows for a word that is nowhere", PAGE_TIMEOUT, d -> rows().isEmpty());
        assertThat(summary()).isEqualTo("0 facts");

        clear(search);
        waitFor("every row back after clearing the search", PAGE_TIMEOUT,
                d -> ids(rows()).containsAll(List.of(dealFactId, exerciseFactId)));
    }

    @Test
    @Order(4)
    void screenshot() throws IOException {
        assertThat(dealFactId).as("step 2 found the deal").isNotNull();
        // the deal row stays open from step 2: the picture shows graph, timeline, table and one fact's sources
        waitFor("the opened sources still shown", PAGE_TIMEOUT, d ->
                !d.findElements(By.cssSelector("#fact-table tr[data-sources-of='" + dealFactId + "']")).isEmpty());
        Path png = chromium.screenshot(SCREENSHOTS.resolve("dashboard.png"));
        System.out.println("e2e: dashboard screenshot at " + png.toAbsolutePath());
        assertThat(png).isNotEmptyFile();
        assertThat(chromium.consoleLog().lines().filter(l -> l.startsWith("SEVERE") && !l.contains("favicon.ico")))
                .as("errors in the page's console").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private <T> T waitFor(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)   // the table is re-rendered on every event
                .until(condition);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The table's fact rows, read in one script so a re-render in between cannot mix two versions. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows() {
        return (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll('#fact-table tr[data-fact-id]'))"
                + ".map(r => ({id: r.dataset.factId, type: r.dataset.type, testid: r.dataset.testid, text: r.innerText}))");
    }

    private Map<String, Object> row(java.util.function.Predicate<Map<String, Object>> which) {
        return rows().stream().filter(which).findFirst().orElse(null);
    }

    private List<String> rowTexts() {
        return rows().stream().map(DashboardBrowserIT::text).toList();
    }

    private static List<String> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("id")).toList();
    }

    private static String text(Map<String, Object> row) {
        return String.valueOf(row.get("text"));
    }

    private String summary() {
        return driver.findElement(By.id("table-summary")).getText();
    }

    private static void clear(WebElement input) {
        // WebElement.clear() fires no input event in Chromium; select-all + delete does, like a person
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    }

    private String post(String body) throws IOException, InterruptedException {
        return Ingest.postOne(http, pipeline, body);
    }

    private static void elapsed(String what, long t0) {
        System.out.printf("e2e browser: %-28s after %6d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
