package org.camelcsta.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages ({@code chromium} and {@code chromium-driver} on Debian), driven
 * through Selenium. Where it is missing the test fails and says how to install it; {@code -DskipBrowserTests=true}
 * skips the browser tests instead, on purpose.
 */
final class HeadlessChromium implements AutoCloseable {

    /** The opt-out: {@code -DskipBrowserTests=true}. */
    static final String SKIP_PROPERTY = "skipBrowserTests";
    /** Where screenshots go besides target/board: {@code -Dboard.docs-dir=docs} refreshes the README's pictures. */
    static final String DOCS_DIR_PROPERTY = "board.docs-dir";

    private static final Path SCREENSHOTS = Path.of("target", "board");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser with a window of this size (CSS pixels). */
    static HeadlessChromium start(int width, int height) {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "the browser tests are skipped on request (-D" + SKIP_PROPERTY + "=true)");
        Optional<Path> browser = executable("chrome.binary", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = executable("webdriver.chrome.driver", "chromedriver");
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            throw new AssertionError("The board's browser tests need headless Chromium and its driver, found browser "
                    + browser.map(Path::toString).orElse("none") + " and driver "
                    + chromedriver.map(Path::toString).orElse("none") + ". Install them (Debian/Ubuntu: apt-get "
                    + "install -y chromium chromium-driver), name them with -Dchrome.binary=... and "
                    + "-Dwebdriver.chrome.driver=..., or skip these tests with -D" + SKIP_PROPERTY + "=true.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        // no sandbox: CI runs as root in a container, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new HeadlessChromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Resizes the window (CSS pixels). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the window shows as target/board/{name}.png. */
    Path screenshot(String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@link #screenshot} that the README shows: also copied into the docs directory where one is given. */
    void screenshotForDocs(String name) {
        Path saved = screenshot(name);
        String docs = System.getProperty(DOCS_DIR_PROPERTY);
        if (docs != null && !docs.isBlank()) {
            try {
                Files.createDirectories(Path.of(docs));
                Files.copy(saved, Path.of(docs).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The executable named by the system property, else the first of the names found on the PATH. */
    private static Optional<Path> executable(String property, String... names) {
        String named = System.getProperty(property);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        List<Path> directories = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank()).map(Path::of).toList();
        return Stream.of(names).flatMap(name -> directories.stream().map(directory -> directory.resolve(name)))
                .filter(Files::isExecutable).findFirst();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
