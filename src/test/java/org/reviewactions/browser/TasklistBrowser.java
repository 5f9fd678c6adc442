package org.reviewactions.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium looking at Camunda Tasklist: signs in, opens tasks, reads and fills
 * the Camunda Form (form-js) by its labels, and completes. Every wait is explicit (WebDriverWait);
 * nothing sleeps.
 */
final class TasklistBrowser implements AutoCloseable {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");
  private static final Path PROFILES = Paths.get("target", "browser-profiles");
  static final Duration TIMEOUT = Duration.ofSeconds(45);
  /**
   * Selenium looks for a DevTools (CDP) binding matching Chromium's version and warns when it has none;
   * these tests use WebDriver only, so the warning is noise. Held here so the configured loggers stay.
   */
  private static final List<java.util.logging.Logger> QUIET = List.of(
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
  }

  private final String baseUrl;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path profile;

  private TasklistBrowser(String baseUrl, WebDriver driver, Path profile) {
    this.baseUrl = baseUrl;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    this.profile = profile;
  }

  /** Fails (never skips) when the machine has no Chromium or ChromeDriver. */
  static void requireChromium() {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new AssertionError(binary + " is missing: the Tasklist browser test needs Debian's chromium and "
            + "chromium-driver packages. .ci/run installs them when missing; by hand: "
            + "apt-get install -y chromium chromium-driver");
      }
    }
  }

  /** A fresh browser with its own profile, so no cookie or stored form state carries over. */
  static TasklistBrowser open(String baseUrl) {
    return open(baseUrl, "en-GB");
  }

  /**
   * A fresh browser whose language is {@code language}: Tasklist's date picker took its day/month order from
   * it, so "en-US" shows that typed dates no longer depend on where the browser was set up.
   */
  static TasklistBrowser open(String baseUrl, String language) {
    requireChromium();
    Path profile;
    try {
      profile = Files.createDirectories(PROFILES.resolve(UUID.randomUUID().toString())).toAbsolutePath();
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a Chromium profile under " + PROFILES, e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1400,1800", "--no-first-run",
        "--lang=" + language, "--user-data-dir=" + profile);
    // Tasklist picks its language from the browser: keep it English whatever the machine's locale.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + ",en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    return new TasklistBrowser(baseUrl, driver, profile);
  }

  /** A wait that reports what it was waiting for (the shared {@link #wait} keeps Selenium's own messages). */
  private WebDriverWait waiting(Supplier<String> what) {
    WebDriverWait described = new WebDriverWait(driver, TIMEOUT);
    described.withMessage(what);
    return described;
  }

  String tasklistUrl() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }

  /** Signs in on the application's sign-in page, where opening Tasklist leads, and waits for the task list. */
  void signIn(String userId, String password) {
    signInThrough(tasklistUrl(), userId, password);
    waiting(() -> "signing in as " + userId + " did not reach the task list (" + shownErrors() + ")")
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filters")));
  }

  /**
   * Opens a Tasklist address as a person not yet signed in would (a link in an e-mail), signs in on the sign-in
   * page it leads to, and waits until the browser is back at that address, fragment (the task) included.
   */
  void signInThrough(String url, String userId, String password) {
    driver.get(url);
    WebElement user = waiting(() -> "opening " + url + " did not lead to the sign-in page (at " + driver.getCurrentUrl() + ")")
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form#sign-in input[name='username']")));
    user.clear();
    user.sendKeys(userId);
    WebElement pass = driver.findElement(By.cssSelector("form#sign-in input[name='password']"));
    pass.clear();
    pass.sendKeys(password);
    driver.findElement(By.cssSelector("form#sign-in button[type=submit]")).click();
    String fragment = url.contains("#") ? url.substring(url.indexOf('#')) : "";
    waiting(() -> "signing in as " + userId + " did not lead back to " + url + " (at " + driver.getCurrentUrl() + ")")
        .until(d -> d.getCurrentUrl().startsWith(tasklistUrl()) && landedOn(d.getCurrentUrl(), fragment));
  }

  /**
   * Whether the address shows what the followed link asked for: the same fragment, or, once Tasklist has
   * added its own search, filter and sorting to it, every parameter the link named (such as the task).
   */
  private static boolean landedOn(String current, String fragment) {
    if (current.endsWith(fragment)) {
      return true;
    }
    int hash = current.indexOf('#');
    if (hash < 0 || !fragment.startsWith("#/?")) {
      return false;
    }
    java.util.List<String> shown = java.util.List.of(current.substring(hash + 1).replaceFirst("^/\\?", "").split("&"));
    return java.util.Arrays.stream(fragment.substring(3).split("&")).allMatch(shown::contains);
  }

  /**
   * Clicks "Log out" in Tasklist's account menu and waits for the application's sign-in page; returns what
   * Tasklist's API then answers this browser.
   */
  String logOutOfTasklist() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account > a"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account li.logout a"))).click();
    waiting(() -> "Log out did not lead to the sign-in page (at " + driver.getCurrentUrl() + ")")
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form#sign-in")));
    driver.get(baseUrl + "/camunda/api/engine/engine/default/task/count");
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Clicks the filter in the filter column and waits until the task list shows that filter's tasks,
   * then checks the task is listed under its name. The list shown before the click (another filter's)
   * must be gone first, so a task listed by the previous filter never passes for this one.
   */
  void showsTaskUnderFilter(String filterId, String filterName, String taskId, String expectedTaskName) {
    // the list may cut a long name short; the link's address already names the task
    String name = xpathLiteral(filterName);
    By filterItem = By.xpath("//div[contains(@class,'task-filter')][./h4[contains(@class,'name')]/a[normalize-space(text())=" + name + "]]");
    By filterLink = By.xpath("//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]/a[normalize-space(text())=" + name + "]");
    By taskLink = By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + taskId + "']");
    WebElement item = waiting(() -> "no filter '" + filterName + "' in the filter column")
        .until(ExpectedConditions.presenceOfElementLocated(filterItem));
    boolean alreadyShown = Optional.ofNullable(item.getDomAttribute("class")).orElse("").contains("active");
    List<WebElement> listedBefore = driver.findElements(By.cssSelector("ol.tasks-list li.task"));
    wait.until(ExpectedConditions.elementToBeClickable(filterLink)).click();
    waiting(() -> "filter '" + filterName + "' did not become the selected filter")
        .until(d -> d.getCurrentUrl().contains("filter=" + filterId)
            && Optional.ofNullable(d.findElement(filterItem).getDomAttribute("class")).orElse("").contains("active"));
    if (!alreadyShown) {
      for (WebElement old : listedBefore) {
        waiting(() -> "the task list did not reload for filter '" + filterName + "'")
            .until(ExpectedConditions.stalenessOf(old));
      }
    }
    WebElement link = waiting(() -> "filter '" + filterName + "' does not list task " + taskId + " ("
        + driver.findElements(By.cssSelector("ol.tasks-list li.task")).size() + " tasks listed)")
        .until(ExpectedConditions.visibilityOfElementLocated(taskLink));
    String shown = link.getText().replaceAll("\\s+", " ").strip();
    if (!shown.startsWith(expectedTaskName)) {
      throw new AssertionError("filter '" + filterName + "' lists the task as '" + shown + "', expected '" + expectedTaskName + "…'");
    }
  }

  /**
   * Opens the task as its e-mail link would: a full page load of Tasklist with {@code ?task=}, so the form
   * on screen is that task's and no other's.
   */
  void openTask(String taskId) {
    driver.get("about:blank");
    driver.get(tasklistUrl() + "#/?task=" + taskId);
    waiting(() -> "the form of task " + taskId + " did not show (" + shownErrors() + ")")
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasklist-form] .fjs-form")));
  }

  /** Waits until the task view's header shows this task name. */
  void showsTaskName(String expectedName) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task] h2.task"), expectedName));
  }

  /** The input or textarea of the form field whose label reads {@code label} (a required field's asterisk ignored). */
  WebElement fieldByLabel(String label) {
    return waiting(() -> "no form field labelled '" + label + "'").until(d -> findField(label).orElse(null));
  }

  private Optional<WebElement> findField(String label) {
    try {
      for (WebElement candidate : driver.findElements(By.cssSelector(".fjs-form label[for]"))) {
        if (label.equals(labelText(candidate))) {
          List<WebElement> fields = driver.findElements(By.id(candidate.getDomAttribute("for")));
          if (!fields.isEmpty()) {
            return Optional.of(fields.get(0));
          }
        }
      }
      return Optional.empty();
    } catch (StaleElementReferenceException e) {
      return Optional.empty(); // form-js re-rendered while we looked; look again
    }
  }

  private static String labelText(WebElement label) {
    String text = label.getText().replace('\u00a0', ' ').strip();
    if (text.endsWith("*")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text.replaceAll("\\s+", " ");
  }

  /** The value the field shows (inputs and textareas keep it in their value, not their text). */
  String valueOf(String label) {
    return Optional.ofNullable(fieldByLabel(label).getDomProperty("value")).orElse("");
  }

  /** Waits until the field labelled {@code label} is on screen and shows {@code expected}. */
  /** Runs a script in the page, e.g. to check that hostile text shown on it never ran. */
  Object script(String javascript) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
  }

  String waitForValue(String label, String expected) {
    return waiting(() -> "field '" + label + "' never showed '" + expected + "'; it shows '" + safeValue(label) + "'")
        .until(d -> {
          Optional<WebElement> field = findField(label);
          try {
            if (field.isPresent() && field.get().isDisplayed()) {
              String value = field.get().getDomProperty("value");
              return value != null && value.contains(expected) ? value : null;
            }
          } catch (StaleElementReferenceException e) {
            // re-rendered; look again
          }
          return null;
        });
  }

  private String safeValue(String label) {
    try {
      return findField(label).map(f -> f.getDomProperty("value")).orElse("<no such field>");
    } catch (RuntimeException e) {
      return "<" + e.getClass().getSimpleName() + ">";
    }
  }

  /**
   * Opens the form-js select labelled {@code label} (a list of its own, not a native select), returns the
   * options it offers and, if {@code optionText} is one of them, picks it.
   */
  List<String> pickFromSelect(String label, String optionText) {
    WebElement hidden = fieldByLabel(label);
    WebElement group = hidden.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')][1]"));
    scrollToCentre(group);
    new org.openqa.selenium.interactions.Actions(driver).click(group).perform();
    List<WebElement> items = waiting(() -> "the list of '" + label + "' never opened").until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item"));
      return found.isEmpty() ? null : found;
    });
    List<String> offered = items.stream().map(item -> item.getText().strip()).toList();
    for (WebElement item : items) {
      if (item.getText().strip().equals(optionText)) {
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(item).click().perform();
        waiting(() -> "'" + optionText + "' was never shown as chosen in '" + label + "'").until(d -> {
          List<WebElement> display = group.findElements(By.cssSelector(".fjs-select-display"));
          return !display.isEmpty() && display.get(0).getText().contains(optionText) ? display.get(0) : null;
        });
        break;
      }
    }
    return offered;
  }

  /** Chooses the radio option with this label and waits until it is checked. */
  void choose(String optionLabel) {
    WebElement radio = fieldByLabel(optionLabel);
    if (!"radio".equals(radio.getDomAttribute("type"))) {
      throw new AssertionError("'" + optionLabel + "' labels a " + radio.getTagName() + ", not a radio button");
    }
    scrollToCentre(radio);
    wait.until(ExpectedConditions.elementToBeClickable(radio));
    try {
      radio.click();
    } catch (ElementClickInterceptedException e) {
      // The label covers the styled input: click what a person clicks, the label.
      driver.findElement(By.cssSelector(".fjs-form label[for='" + radio.getDomAttribute("id") + "']")).click();
    }
    wait.until(ExpectedConditions.elementSelectionStateToBe(radio, true));
  }

  /** Types into the field labelled {@code label} once it is shown (conditional fields appear after a choice). */
  void type(String label, String text) {
    WebElement field = wait.until(ExpectedConditions.visibilityOf(fieldByLabel(label)));
    scrollToCentre(field);
    wait.until(ExpectedConditions.elementToBeClickable(field));
    field.clear();
    if (!Optional.ofNullable(field.getDomProperty("value")).orElse("").isEmpty()) {
      // form-js puts its own value back after clear(): delete it as a person would.
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    }
    field.sendKeys(text);
    waiting(() -> "field '" + label + "' did not take the text").until(d -> text.equals(
        Optional.ofNullable(fieldByLabel(label).getDomProperty("value")).orElse("").replace("\r\n", "\n")));
    // form-js debounces typing into its own state and flushes on blur: leave the field, as a person
    // tabbing on would, so the form holds the whole text before anything else happens.
    field.sendKeys(Keys.TAB);
    wait.until(d -> !field.equals(d.switchTo().activeElement()));
  }

  /** Clicks the link with this text in the task's form (a form-js text view) and waits for the page it leads to. */
  void followFormLink(String linkText) {
    By link = By.xpath("//*[contains(@class,'fjs-form')]//a[normalize-space()=" + xpathLiteral(linkText) + "]");
    WebElement element = waiting(() -> "no link '" + linkText + "' in the form").until(ExpectedConditions.visibilityOfElementLocated(link));
    scrollToCentre(element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    waiting(() -> "the link '" + linkText + "' did not lead to the evidence page (at " + driver.getCurrentUrl() + ")")
        .until(d -> d.getCurrentUrl().contains("/evidence-files") && !d.findElements(By.cssSelector("h1")).isEmpty());
  }

  /** The address of the link with this text in the task's form, once the form shows it. */
  String formLinkHref(String linkText) {
    By link = By.xpath("//*[contains(@class,'fjs-form')]//a[normalize-space()=" + xpathLiteral(linkText) + "]");
    return waiting(() -> "no link '" + linkText + "' in the form").until(ExpectedConditions.presenceOfElementLocated(link))
        .getDomAttribute("href");
  }

  /** The text the task's form shows outside its fields (its text views), once it contains {@code expected}. */
  String waitForFormText(String expected) {
    return waiting(() -> "the form never showed '" + expected + "'").until(d -> {
      String text = d.findElement(By.cssSelector(".fjs-form")).getText();
      return text.contains(expected) ? text : null;
    });
  }

  /** The current page's address and visible text (the application's own pages). */
  String currentUrl() {
    return driver.getCurrentUrl();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** On the evidence page: chooses the file and uploads it, then waits for the page to come back. */
  void uploadEvidence(Path file) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]#file")));
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement upload = driver.findElement(By.xpath("//form[.//input[@id='file']]//button[normalize-space()='Upload']"));
    upload.click();
    waiting(() -> "uploading " + file.getFileName() + " did not come back to the page")
        .until(ExpectedConditions.stalenessOf(upload));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
  }

  /** On the plan import page: fills in the review's details, chooses the plan's file and asks for its preview. */
  void previewPlan(String reviewRef, String title, String board, String published, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#upload input#reviewRef"))).sendKeys(reviewRef);
    driver.findElement(By.id("title")).sendKeys(title);
    driver.findElement(By.id("board")).sendKeys(board);
    driver.findElement(By.id("published")).sendKeys(published);
    driver.findElement(By.cssSelector("input[type=file]#file")).sendKeys(file.toAbsolutePath().toString());
    press("Preview");
  }

  /** Ticks the checkbox with this id, unless it is ticked already. */
  void tick(String id) {
    WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    if (!box.isSelected()) {
      scrollToCentre(box);
      // GOV.UK styles the label as the checkbox; the input itself is covered by it.
      driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }
  }

  /** Presses the page's button with these words and waits for the page that answers. */
  void press(String buttonText) {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()=" + xpathLiteral(buttonText) + "]")));
    scrollToCentre(button);
    button.click();
    waiting(() -> "pressing " + buttonText + " did not come back with a page").until(ExpectedConditions.stalenessOf(button));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
  }

  /** The names of the files listed as waiting for the next submission. */
  List<String> waitingFiles() {
    return driver.findElements(By.cssSelector("#waiting-files tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
  }

  /** Clicks "Remove" beside the file, then "Yes, remove it" on the question that follows. */
  void removeEvidence(String fileName) {
    By remove = By.xpath("//table[@id='waiting-files']//tr[td[1]/a[normalize-space()=" + xpathLiteral(fileName) + "]]//a[contains(@class,'remove')]");
    wait.until(ExpectedConditions.elementToBeClickable(remove)).click();
    WebElement confirm = waiting(() -> "no question before removing " + fileName)
        .until(ExpectedConditions.elementToBeClickable(By.id("confirm-remove")));
    confirm.click();
    waiting(() -> "removing " + fileName + " did not come back to the page").until(ExpectedConditions.stalenessOf(confirm));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
  }

  /** Follows "Return to your task" and waits for that task's form in Tasklist. */
  void returnToTask(String taskId) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("return-to-task"))).click();
    waiting(() -> "'Return to your task' did not open task " + taskId + " (at " + driver.getCurrentUrl() + ")")
        .until(d -> d.getCurrentUrl().startsWith(tasklistUrl()) && d.getCurrentUrl().contains("task=" + taskId));
    waiting(() -> "the form of task " + taskId + " did not show after returning (" + shownErrors() + ")")
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasklist-form] .fjs-form")));
  }

  /** Claims the task for the signed-in user (a group task's form can only be completed by its assignee). */
  void claim() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /** Waits until the task form shows this text (an echo of a typed date, a validation message). */
  void formShows(String text) {
    waiting(() -> "the form never showed '" + text + "' (" + shownErrors() + ")")
        .until(d -> {
          try {
            return d.findElement(By.cssSelector("[cam-tasklist-form] .fjs-form")).getText().contains(text) ? Boolean.TRUE : null;
          } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return null;
          }
        });
  }

  /** Clicks "Claim to work on this", shown where Complete waits on a group task nobody has claimed yet. */
  void claimThroughHint() {
    By hint = By.xpath("//div[contains(@class,'form-actions')]//*[normalize-space()='Claim to work on this']");
    WebElement shown = waiting(() -> "no 'Claim to work on this' beside Complete").until(ExpectedConditions.visibilityOfElementLocated(hint));
    scrollToCentre(shown);
    wait.until(ExpectedConditions.elementToBeClickable(shown)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(hint));
  }

  /** The text of the task's details (name, dates, candidate groups), as Tasklist shows them above the form. */
  String taskDetails() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta]"))).getText();
  }

  /** The names of the filters in the filter column, once Tasklist has listed them. */
  List<String> filterNames() {
    By names = By.cssSelector(".task-filters .task-filter h4.name a");
    wait.until(ExpectedConditions.presenceOfElementLocated(names));
    // Tasklist follows each name with the filter's task count.
    return driver.findElements(names).stream()
        .map(a -> a.getText().replaceAll("\\s+", " ").strip().replaceFirst(" \\d+$", "")).toList();
  }

  /** Whether any element matching the selector is on screen (present and displayed). */
  boolean shows(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Waits until an element matching the selector is on screen. */
  void waitUntilShown(String cssSelector) {
    waiting(() -> "'" + cssSelector + "' never showed").until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  /** Clicks Complete once it is enabled. */
  void complete() {
    By button = By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='Complete']");
    WebElement complete = wait.until(ExpectedConditions.visibilityOfElementLocated(button));
    scrollToCentre(complete);
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
  }

  /**
   * Scrolls the element to the middle of the window, as a person would before clicking: Selenium's own
   * scrolling stops with the element at the bottom edge, under Tasklist's fixed footer.
   */
  private void scrollToCentre(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
  }

  /** Waits for a condition outside the browser (the engine's state), polling like every other wait here. */
  <T> T waitFor(Supplier<String> what, Function<WebDriver, T> condition) {
    return waiting(what).until(condition);
  }

  /** The error messages Tasklist shows (for failure messages). */
  String shownErrors() {
    StringBuilder text = new StringBuilder();
    try {
      for (WebElement error : driver.findElements(By.cssSelector(".alert-danger, .alert-error"))) {
        if (error.isDisplayed()) {
          text.append(' ').append(error.getText().strip());
        }
      }
    } catch (RuntimeException e) {
      // best effort, for a failure message only
    }
    return text.isEmpty() ? "no error on screen" : "Tasklist shows:" + text;
  }

  /** Saves what the browser shows: {@code <name>.png} and {@code <name>.html} under target/browser-screenshots. */
  void saveEvidenceOfFailure(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n"
          + driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not save the browser's screen for " + name + ": " + e);
    }
  }

  /**
   * Signs in on the application's sign-in page itself and waits until the browser has left it (for Tasklist, where
   * signing in lands); for tests of the application's own pages, which open them afterwards.
   */
  void signInOnThePage(String userId, String password) {
    driver.get(baseUrl + "/sign-in");
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form#sign-in input[name='username']")));
    user.sendKeys(userId);
    driver.findElement(By.cssSelector("form#sign-in input[name='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("form#sign-in button[type=submit]")).click();
    waiting(() -> "signing in as " + userId + " did not leave the sign-in page (at " + driver.getCurrentUrl() + ")")
        .until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  /** Opens a page of the application (a path such as {@code /people}) and waits until it has a main heading. */
  void openPage(String path) {
    driver.get(baseUrl + path);
    waiting(() -> "opening " + path + " showed no h1 (at " + driver.getCurrentUrl() + ")")
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
  }

  /** Runs an asynchronous script (its last argument is the callback) and returns what it passed to the callback. */
  Object asyncScript(String javascript, Duration timeout, Object... arguments) {
    driver.manage().timeouts().scriptTimeout(timeout);
    return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
  }

  /** Saves the whole page, not only the window, as a PNG (Chromium's own capture, through WebDriver). */
  void saveFullPageScreenshot(Path png) {
    ChromeDriver chrome = (ChromeDriver) driver;
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
        "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
    Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quits the browser and removes its profile. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // target/ is cleaned by the next mvn clean anyway
      }
    }
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }
}
