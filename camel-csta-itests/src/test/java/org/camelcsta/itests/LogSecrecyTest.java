package org.camelcsta.itests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.impl.ThrowableProxy;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaEndpoint;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No log line, at any level, and no endpoint URI shows a password: logins that succeed and fail, requests,
 * events and errors are all logged at DEBUG and every line is searched.
 */
class LogSecrecyTest extends SimulatorTestSupport {

    private static final String SECRET = "Pa55-w0rd-QZX";
    private static final String WRONG_SECRET = "Wr0ng-Pa55-QZX";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private AbstractAppender capture;
    private Level rootLevel;

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().user("secret@mydomain", SECRET, DOMAIN).user("other@mydomain", SECRET, DOMAIN);
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setUsername("secret@mydomain");
        configuration.setPassword(SECRET);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=160").to("mock:events");
                from("direct:call").to("csta:makeCall?callingDevice=161&calledDirectoryNumber=160");
                from("direct:wrong").to("csta:makeCall?username=other@mydomain&password=RAW(" + WRONG_SECRET
                                        + ")&callingDevice=161&calledDirectoryNumber=160");
            }
        };
    }

    /** Capturing starts before the routes do, so that the monitor's start is among the lines. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        captureEveryLogLine();
        return super.createCamelContext();
    }

    private void captureEveryLogLine() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = logging.getConfiguration();
        capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder line = new StringBuilder(event.getMessage().getFormattedMessage());
                ThrowableProxy thrown = event.getThrownProxy();
                if (thrown != null) {
                    line.append(thrown.getExtendedStackTraceAsString());
                }
                lines.add(line.toString());
            }
        };
        capture.start();
        configuration.addAppender(capture);
        rootLevel = configuration.getRootLogger().getLevel();
        configuration.getRootLogger().addAppender(capture, Level.ALL, null);
        configuration.getRootLogger().setLevel(Level.DEBUG);
        configuration.getLoggerConfig("org.camelcsta").setLevel(Level.DEBUG);
        logging.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = logging.getConfiguration();
        configuration.getRootLogger().removeAppender("capture");
        configuration.getRootLogger().setLevel(rootLevel);
        configuration.getLoggerConfig("org.camelcsta").setLevel(Level.INFO);
        logging.updateLoggers();
        capture.stop();
    }

    @Test
    void passwordsAppearInNoLogLineAndNoEndpointUri() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMinimumMessageCount(1);
        await().until(() -> simulator.monitorCount("160") == 1);
        template.sendBody("direct:call", null);
        events.assertIsSatisfied();
        assertTrue(assertThrowsAnything(() -> template.requestBody("direct:wrong", (Object) null)));

        // what the lines are checked for is there: the client's DEBUG lines and the refused login
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Monitoring device 160 as ")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Cannot log in to xml://other@mydomain@")), lines::toString);
        for (String line : lines) {
            assertFalse(line.contains(SECRET) || line.contains(WRONG_SECRET), "a log line shows a password: " + line);
        }
        for (var endpoint : context.getEndpoints()) {
            String uri = endpoint.getEndpointUri() + " " + endpoint;
            assertFalse(uri.contains(SECRET), uri);
            if (endpoint instanceof CstaEndpoint csta) {
                assertFalse(csta.toString().contains(WRONG_SECRET), csta.toString());
            }
        }
        assertFalse(context.getComponent("csta", CstaComponent.class).getSessions().toString().contains(SECRET));
    }

    private static boolean assertThrowsAnything(Runnable action) {
        try {
            action.run();
            return false;
        } catch (RuntimeException expected) {
            return true;
        }
    }
}
