package org.camelcsta.itests;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The simulator's board as a user sees it: phone tiles, buttons by their labels, the error banner, the log. */
final class BoardPage {

    private final WebDriver driver;

    BoardPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the board and waits until its live feed has shown the phones. */
    BoardPage open(String url) {
        driver.get(url);
        await().until(() -> "true".equals(driver.findElement(By.id("feed-status")).getAttribute("data-live"))
                && !driver.findElements(By.cssSelector("#phones > li")).isEmpty());
        return this;
    }

    /** Clicks the button with this accessible name, e.g. "Ring 130"; tiles are redrawn, so it retries. */
    void click(String label) {
        await().until(() -> {
            button(label).click();
            return true;
        });
    }

    WebElement button(String label) {
        return driver.findElement(By.cssSelector("button[aria-label='" + label + "']"));
    }

    /** The state a phone tile shows: idle, ringing, talking, calling, held. */
    String phoneState(String number) {
        return driver.findElement(By.cssSelector("#phones > li[data-number='" + number + "']"))
                .getAttribute("data-state");
    }

    void awaitPhone(String number, String state) {
        await().until(() -> state.equals(phoneState(number)));
    }

    /** The badges a phone tile shows, e.g. "DND on", "forwarded to 137". */
    String phoneBadges(String number) {
        return driver.findElement(By.cssSelector("#phones > li[data-number='" + number + "'] .badges")).getText();
    }

    /** The text of a queue's tile: its name, statistics, waiting calls and agents. */
    String queueText(String number) {
        return queue(number).getText();
    }

    /** Whether an agent shows as signed in on a queue's tile. */
    boolean agentSignedIn(String queue, String agent) {
        return "true".equals(queue(queue).findElement(By.cssSelector("li[data-agent='" + agent + "']"))
                .getAttribute("data-signed-in"));
    }

    private WebElement queue(String number) {
        return driver.findElement(By.cssSelector("#queues > li[data-number='" + number + "']"));
    }

    void scrollToTop() {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    }

    void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    void showOnlyPhonesInACall() {
        WebElement toggle = driver.findElement(By.id("busy-only"));
        if (!toggle.isSelected()) {
            toggle.click();
        }
    }

    String logText() {
        return driver.findElement(By.id("log")).getText();
    }

    int logRows() {
        return driver.findElements(By.cssSelector("#log > li")).size();
    }

    /** The error banner's text, or empty while it is hidden. */
    String error() {
        WebElement banner = driver.findElement(By.id("error"));
        return banner.isDisplayed() ? banner.getText() : "";
    }

    void fill(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    void submit(String formId) {
        driver.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    /** How many feed messages the page has handled. */
    long updates() {
        String updates = driver.findElement(By.tagName("body")).getAttribute("data-updates");
        return updates == null ? 0 : Long.parseLong(updates);
    }

    /** Runs a script in the page and returns its number result. */
    long number(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }

    /** The buttons whose accessible name (aria-label or text) is empty. */
    List<WebElement> unlabelledButtons() {
        return driver.findElements(By.tagName("button")).stream()
                .filter(b -> (b.getAttribute("aria-label") == null || b.getAttribute("aria-label").isBlank())
                        && b.getAttribute("textContent").isBlank())
                .toList();
    }

    String source() {
        return driver.getPageSource();
    }

    static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions();
    }
}
