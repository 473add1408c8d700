package org.camelcsta.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The simulator's web board in headless Chromium, with a route of the component acting on the calls that the
 * board places: ring 130 by a click, see it ring, answer it, see the route transfer the call to 131, and see
 * the CSTA traffic in the board's log; toggle DND, forward a phone, sign an agent into a queue and ring it.
 * Saves screenshots in target/board; {@code -Dboard.docs-dir=<repo>/docs} refreshes the README's (board.png,
 * board-phone.png, board-queue.png).
 */
class BoardBrowserTest extends SimulatorTestSupport {

    private static HeadlessChromium browser;
    private BoardPage board;

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED).controlPort(0)
                .queue("400", "Support", 10);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the provider's example: once 130 answers, the call goes on to 131
                from("csta:monitor?devices=130&eventTypes=EstablishedEvent").routeId("transfer-130")
                        .filter(header(CstaConstants.DEVICE_ID).isEqualTo("130"))
                        .to("csta:singleStepTransferCall?transferredTo=131");
            }
        };
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1280, 1000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openBoard() {
        browser.resize(1280, 1000);
        board = new BoardPage(browser.driver()).open(simulator.boardUrl());
    }

    @Test
    void ringByClickAndSeeTheRouteTransferTheCall() {
        board.click("Ring 130");
        board.awaitPhone("130", "ringing");
        browser.screenshot("board-ringing");

        board.click("Answer 130");
        board.awaitPhone("131", "ringing");
        board.awaitPhone("130", "idle");
        BoardPage.await().until(() -> board.logText().contains("SingleStepTransferCall")
                && board.logText().contains("ConnectionClearedEvent"));
        String log = board.logText();
        for (String expected : List.of("StartApplicationSession", "MonitorStart", "DeliveredEvent",
                "EstablishedEvent", "received SingleStepTransferCall", "sent SingleStepTransferCallResponse")) {
            assertTrue(log.contains(expected), expected + " is missing from the log:\n" + log);
        }
        assertTrue(log.contains("password=***"), log);
        assertFalse(board.source().contains(PASSWORD), "the password never reaches the page");

        board.click("Answer 131");
        board.awaitPhone("131", "talking");
        assertTrue(simulator.connected("22334455", "131"));
        board.click("Hold 131");
        board.awaitPhone("131", "held");
        board.click("Retrieve 131");
        board.awaitPhone("131", "talking");
        board.fill("ring-from", "132");
        board.click("Ring 133");
        board.awaitPhone("133", "ringing");
        board.awaitPhone("132", "calling");

        board.scrollToTop();
        browser.screenshot("board-all-phones");
        board.showOnlyPhonesInACall();
        browser.screenshotForDocs("board");
        browser.resize(390, 844);
        board.scrollTo("phones-title");
        browser.screenshotForDocs("board-phone");
        browser.resize(1280, 1000);
        board.click("Hang up 133");

        // keyboard: the hang-up button takes Enter like any button
        board.button("Hang up 131").sendKeys(Keys.ENTER);
        board.awaitPhone("131", "idle");
        BoardPage.await().until(() -> simulator.calls().isEmpty());
        assertTrue(board.unlabelledButtons().isEmpty(), "every button has a name");
    }

    @Test
    void doNotDisturbForwardingAndAQueueByClick() {
        board.click("DND on 134");
        BoardPage.await().until(() -> board.phoneBadges("134").contains("DND on"));
        assertTrue(simulator.doNotDisturb("134"));
        board.click("Ring 134");
        BoardPage.await().until(() -> board.error().contains("device 134 is in do-not-disturb"));
        assertTrue(simulator.calls().isEmpty(), "a call to a DND phone rings nowhere");

        board.fill("forwarding-device", "135");
        board.fill("forwarding-target", "136");
        board.submit("forwarding-form");
        BoardPage.await().until(() -> board.phoneBadges("135").contains("forwarded to 136"));

        board.fill("agent-queue", "400");
        board.fill("agent-device", "137");
        board.submit("agent-form");
        BoardPage.await().until(() -> board.agentSignedIn("400", "137"));
        assertTrue(board.queueText("400").contains("Support"), board.queueText("400"));
        board.click("Ring 400");
        board.awaitPhone("137", "ringing");
        BoardPage.await().until(() -> board.queueText("400").contains("waiting 1"));
        board.showOnlyPhonesInACall();
        board.scrollTo("phones-title");
        browser.screenshotForDocs("board-queue");

        board.click("Answer 137");
        board.awaitPhone("137", "talking");
        BoardPage.await().until(() -> board.queueText("400").contains("answered 1"));
        assertTrue(simulator.connected("22334455", "137"));
        board.click("Sign 137 out of 400");
        BoardPage.await().until(() -> !board.agentSignedIn("400", "137"));
        assertTrue(simulator.queueAgentsTakingCalls("400").isEmpty());

        board.click("Hang up 137");
        board.click("DND off 134");
        BoardPage.await().until(() -> board.phoneBadges("134").isEmpty());
        board.fill("forwarding-device", "135");
        board.fill("forwarding-target", "");
        board.submit("forwarding-form");
        BoardPage.await().until(() -> board.phoneBadges("135").isEmpty());
        assertFalse(simulator.doNotDisturb("134"));
        BoardPage.await().until(() -> simulator.calls().isEmpty());
        assertTrue(board.unlabelledButtons().isEmpty(), "every button has a name");
    }

    @Test
    void badInputShowsAClearErrorAndChangesNothing() {
        board.click("Ring 140");
        board.awaitPhone("140", "ringing");
        List<SimulatedCall> before = simulator.calls();

        board.fill("ring-to", "abc");
        board.submit("ring-form");
        BoardPage.await().until(() -> board.error().contains("device abc does not exist on this PBX"));

        board.fill("auto-answer-device", "141");
        board.fill("auto-answer-delay", "soon");
        board.submit("auto-answer-form");
        BoardPage.await().until(() -> board.error().contains("\"delayMs\" must be a number of milliseconds"));

        board.fill("auto-answer-device", "999");
        board.fill("auto-answer-delay", "10");
        board.submit("auto-answer-form");
        BoardPage.await().until(() -> board.error().contains("device 999 does not exist on this PBX"));
        browser.screenshot("board-error");

        assertEquals(before, simulator.calls(), "bad input changed nothing");
        assertEquals("ringing", board.phoneState("140"));
        board.click("Hang up 140");
        BoardPage.await().until(() -> simulator.calls().isEmpty());
    }
}
