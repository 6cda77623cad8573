package ties.ui;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One headless Chromium (Debian's chromium and chromium-driver) driven through the pages as a person
 * would: sign in, open, type, choose, send; axe-core checks every page it is asked to.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    final WebDriverWait wait;

    Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("ties-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String user) {
        open("/login");
        type("username", user);
        type("password", user + "-demo");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/board"));
    }

    void signOut() {
        driver.findElement(By.cssSelector("form.signout button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** Types into the field labelled by its id ("username") or form name ("source.publisher" is "f-source.publisher"). */
    void type(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String name, String value) {
        new org.openqa.selenium.support.ui.Select(field(name)).selectByValue(value);
    }

    WebElement field(String id) {
        List<WebElement> byId = driver.findElements(By.id(id));
        return byId.isEmpty() ? driver.findElement(By.id("f-" + id)) : byId.get(0);
    }

    String value(String name) {
        return field(name).getDomProperty("value");
    }

    /** The refusal shown next to a field, or empty. */
    String errorAt(String name) {
        List<WebElement> errors = driver.findElements(By.id("e-" + name));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    void submit(String buttonText) {
        driver.findElement(By.xpath("//main//button[normalize-space(.)='" + buttonText + "']")).click();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** axe-core's serious and critical findings on the page shown, as "rule: target" lines. */
    List<String> accessibilityProblems() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                rule.getNodes().forEach(node -> problems.add(driver.getCurrentUrl().replace(base, "") + " " + rule.getId()
                        + " (" + rule.getImpact() + "): " + node.getTarget() + " " + rule.getHelp()));
            }
        }
        return problems;
    }

    void screenshot(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
