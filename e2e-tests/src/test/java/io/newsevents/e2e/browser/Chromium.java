package io.newsevents.e2e.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from the distribution's packages (Debian: {@code apt-get install chromium chromium-driver}),
 * driven through its own chromedriver. Both paths are given to Selenium explicitly, so Selenium Manager never looks
 * for (or downloads) a browser or a driver. Override with {@code -De2e.chromium=…} / {@code -De2e.chromedriver=…}
 * (or the env variables {@code CHROMIUM_BIN} / {@code CHROMEDRIVER_BIN}).
 */
public final class Chromium implements AutoCloseable {

    public static final Path BINARY = Path.of(setting("e2e.chromium", "CHROMIUM_BIN", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(setting("e2e.chromedriver", "CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    /**
     * No selenium-devtools module is on the class path (classic WebDriver needs none), so Selenium's "Unable to find CDP
     * implementation matching N" warning says nothing useful; kept as a field so the level is not garbage-collected.
     */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test (JUnit assumption) when the browser or its driver is not installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY), () -> "no Chromium at " + BINARY
                + " (apt-get install -y chromium chromium-driver, or -De2e.chromium=<path>): browser test skipped");
        assumeTrue(Files.isExecutable(DRIVER), () -> "no chromedriver at " + DRIVER
                + " (apt-get install -y chromium-driver, or -De2e.chromedriver=<path>): browser test skipped");
    }

    /** A fresh headless browser with its own profile under {@code workDir}; its window is {@code width}×{@code height}. */
    public static Chromium start(Path workDir, int width, int height) throws IOException {
        Path profile = Files.createDirectories(workDir.resolve("chromium-profile-" + UUID.randomUUID().toString().substring(0, 8)));
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions", "--disable-default-apps",
                "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(workDir.toFile(), "chromedriver.log"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Writes a PNG of the window to {@code file} (creating its directory) and returns the file. */
    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The page's console messages so far (errors of the page's scripts land here), one per line. */
    public String consoleLog() {
        StringBuilder sb = new StringBuilder();
        try {
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                sb.append(e.getLevel()).append(' ').append(e.getMessage()).append('\n');
            }
        } catch (RuntimeException unavailable) {
            sb.append("(console log unavailable: ").append(unavailable.getMessage()).append(")\n");
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            SharedPipeline.deleteTree(profile);
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
