package org.detente.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromedriver (both at explicit paths, so Selenium never tries to
 * download a driver). {@code ./detente test} installs them when they are missing.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  public static Browser open() {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(p + " is missing: the browser tests need Debian's chromium and chromium-driver"
            + " (./detente test installs them; or run apt-get install -y chromium chromium-driver)");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100",
        "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // #5: collect what the content security policy blocks, from before any script of the page runs
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.cspViolations = [];"
        + " document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push("
        + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
    return new Browser(driver);
  }

  /** What the content security policy blocked on the current page since it loaded. */
  @SuppressWarnings("unchecked")
  public List<String> cspViolations() {
    return (List<String>) script("return window.cspViolations || ['the violation listener is missing'];");
  }

  public WebDriver driver() {
    return driver;
  }

  /** Loads {@code url} afresh (a blank page first, so a change of #fragment alone still reloads). */
  public void get(String url) {
    driver.get("about:blank");
    driver.get(url);
  }

  /** Waits up to 20 s for the page script to finish its first load ({@code body[data-ready=true]}). */
  public void awaitReady() {
    await().withMessage(() -> "the page did not finish loading; it says: " + find("#message").getText())
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  public WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public WebElement awaitVisible(String css) {
    return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** The category labels of the page's chart (its x axis). */
  @SuppressWarnings("unchecked")
  public List<String> chartPeriods() {
    return (List<String>) script("return detente.chart.getOption().xAxis[0].data;");
  }

  /**
   * Clicks the chart's column for {@code label} with the mouse, at the middle of its lowest bar, as a user
   * would.
   */
  public void clickPeriod(String label) {
    WebElement chart = find("#chart");
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) script(
        "var c = detente.chart; var i = c.getOption().xAxis[0].data.indexOf(arguments[0]);"
            + " if (i < 0) return null; var p = c.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [i, 0.5]);"
            + " return [p[0], p[1]];", label);
    if (at == null) {
      throw new AssertionError("the chart has no period " + label + "; it has " + chartPeriods());
    }
    int dx = (int) Math.round(at.get(0).doubleValue() - chart.getRect().getWidth() / 2.0);
    int dy = (int) Math.round(at.get(1).doubleValue() - chart.getRect().getHeight() / 2.0);
    new Actions(driver).moveToElement(chart, dx, dy).click().perform();
  }

  /** Saves a PNG of the window to {@code file} (folders created). */
  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save a screenshot to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
