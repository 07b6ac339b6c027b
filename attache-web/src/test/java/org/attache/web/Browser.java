package org.attache.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (no browser download: the
 * paths are given, so Selenium Manager is never asked). Missing browser: the test fails on CI
 * (where .ci/run installs it) and is skipped with a message elsewhere.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("attache.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("attache.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path screenshots;

    Browser(Path screenshots) throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            String msg = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install -y chromium chromium-driver";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(msg);
            }
            Assumptions.abort(msg);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--no-first-run", "--disable-default-apps", "--window-size=1400,1000",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, o);
        // pages re-render as data arrives: an element read mid-render is retried, not a failure
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class, IndexOutOfBoundsException.class);
        wait.ignoring(NumberFormatException.class);
        this.screenshots = screenshots;
        Files.createDirectories(screenshots);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement waitFor(String css) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A screenshot of the whole page (the window is stretched to the page's height first). */
    Path screenshot(String name) throws IOException {
        Number h = (Number) js("return Math.max(document.body.scrollHeight, 800)");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, Math.min(4000, h.intValue() + 40)));
        Path f = screenshots.resolve(name + ".png");
        Files.write(f, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        return f;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
