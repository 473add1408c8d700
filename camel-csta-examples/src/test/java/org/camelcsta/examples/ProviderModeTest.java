package org.camelcsta.examples;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code csta.host} ({@code CSTA_HOST}) set, the application uses that PBX with the configured credentials and
 * starts no simulator of its own. A separate simulator with its own login plays the provider here.
 */
class ProviderModeTest {

    private static final String USER = "alice@example.dk";
    private static final String PASSWORD = "Pr0vider-s3cret";
    private static final String DOMAIN = "99999999.pbx.one-connect.dk";

    @TempDir
    Path dir;

    private CstaSimulator provider;
    private ExamplesApplication app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (provider != null) {
            provider.stop();
        }
        Configurator.reconfigure(); // back to the levels of log4j2.xml
    }

    @Test
    void theRoutesRunOnTheConfiguredPbxAndThePasswordIsNeverLogged() throws Exception {
        provider = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED)
                .user(USER, PASSWORD, DOMAIN).externalAutoAnswer(Duration.ofMillis(100)).build();
        provider.start();
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.INFO); // everything that is logged at info
        String output;
        try (StdoutCapture capture = new StdoutCapture()) {
            app = new ExamplesApplication(providerSettings());
            app.start();
            assertNull(app.simulator(), "no embedded simulator against a real PBX");
            await().until(() -> provider.monitorCount("120") > 0 && provider.monitorCount("160") > 0);
            // the 2020 routes share one session; the agent desk and the wallboard have their own, in the current dialect
            await().untilAsserted(() -> assertEquals(2, provider.sessionCount(), "one session for routes 1 to 5, one for csta-desk"));

            HttpResponse<String> response = TestHttp.post(app.httpPort(), "/calls",
                    "{\"from\": \"150\", \"to\": \"4570203041\"}");
            assertEquals(200, response.statusCode(), response.body());
            await().until(() -> provider.connected("150", "4570203041"));

            provider.incomingCall("55501234", "130");
            provider.answer("130");
            provider.autoAnswer("131", Duration.ZERO);
            Exchange transfer = app.context().createProducerTemplate().request("direct:unattended-transfer",
                    e -> e.getIn().setHeaders(Map.of("device", "130", "transferTo", "131")));
            assertNull(transfer.getException());
            await().until(() -> provider.connected("55501234", "131"));

            app.stop();
            output = capture.text();
        }
        assertTrue(output.contains("Logged in to xml://" + USER + "@127.0.0.1:" + provider.xmlPort()), output);
        assertFalse(output.contains(PASSWORD), "the password is in the output");
    }

    @Test
    void aTransportWithoutEventsIsRefusedWithAClearMessage() {
        Map<String, String> settings = providerSettings();
        settings.put("csta.transport", "https");
        app = new ExamplesApplication(settings);
        Exception e = assertThrows(Exception.class, app::start);
        assertTrue(messages(e).contains("CSTA_TRANSPORT=https cannot be used by the examples"), messages(e));
    }

    @Test
    void missingCredentialsAreNamed() {
        Map<String, String> settings = providerSettings();
        settings.put("csta.username", "");
        app = new ExamplesApplication(settings);
        Exception e = assertThrows(Exception.class, app::start);
        assertTrue(messages(e).contains("CSTA_HOST is set, so CSTA_USERNAME (csta.username) is needed too"), messages(e));
    }

    private Map<String, String> providerSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("csta.host", "127.0.0.1");
        settings.put("csta.port", String.valueOf(provider == null ? 7001 : provider.xmlPort()));
        settings.put("csta.username", USER);
        settings.put("csta.password", PASSWORD);
        settings.put("csta.pbx-domain", DOMAIN);
        settings.put("examples.call-log.file", dir.resolve("calls.jsonl").toString());
        return settings;
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
