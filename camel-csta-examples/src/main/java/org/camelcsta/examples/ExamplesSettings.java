package org.camelcsta.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.util.TimeUtils;

/**
 * The application's settings, read from Camel's properties ({@code application.properties}, JVM system
 * properties, the {@code CSTA_*} environment variables and the overrides the application was started with).
 */
final class ExamplesSettings {

    private final CamelContext context;

    ExamplesSettings(CamelContext context) {
        this.context = context;
    }

    /** The real provider's host; blank means: use the embedded simulator. */
    String cstaHost() {
        return text("csta.host");
    }

    boolean simulatorMode() {
        return cstaHost().isBlank();
    }

    String cstaTransport() {
        String transport = text("csta.transport").toLowerCase(Locale.ROOT);
        return transport.isBlank() ? "xml" : transport;
    }

    int cstaPort() {
        return integer("csta.port");
    }

    String cstaUsername() {
        return text("csta.username");
    }

    String cstaPassword() {
        return text("csta.password");
    }

    String cstaPbxDomain() {
        return text("csta.pbx-domain");
    }

    int simulatorXmlPort() {
        return integer("examples.simulator.xml-port");
    }

    int simulatorControlPort() {
        return integer("examples.simulator.control-port");
    }

    Duration externalAutoAnswer() {
        return duration("examples.simulator.external-auto-answer");
    }

    String flowDevice() {
        return text("examples.flow.device");
    }

    String flowCallTo() {
        return text("examples.flow.call-to");
    }

    String flowTransferTo() {
        return text("examples.flow.transfer-to");
    }

    String unattendedDevice() {
        return text("examples.unattended.device");
    }

    String unattendedTransferTo() {
        return text("examples.unattended.transfer-to");
    }

    String attendedDevice() {
        return text("examples.attended.device");
    }

    String attendedConsult() {
        return text("examples.attended.consult");
    }

    String clickToCallFrom() {
        return text("examples.click-to-call.from");
    }

    String clickToCallTo() {
        return text("examples.click-to-call.to");
    }

    /** The devices click-to-call may call from, e.g. {@code 150-159}. */
    List<String> clickToCallDevices() {
        return list("examples.click-to-call.devices");
    }

    /** The queue of the agent desk and the wallboard, e.g. {@code 400}. */
    String deskQueue() {
        return text("examples.desk.queue");
    }

    /** The devices the agent desk may sign in and out and set do-not-disturb for, e.g. {@code 170-179}. */
    List<String> deskDevices() {
        return list("examples.desk.devices");
    }

    /** The agent of the demo's desk scenario. */
    String deskAgent() {
        return text("examples.desk.agent");
    }

    /** The address the examples' HTTP server listens on; empty means every address. */
    String httpHost() {
        return text("camel.server.host");
    }

    /** The access token of the examples' HTTP endpoints; empty: none (then they may only listen on loopback). */
    String httpToken() {
        return text("examples.http.token");
    }

    String missedCallDevice() {
        return text("examples.missed.device");
    }

    Path callLogFile() {
        return Path.of(text("examples.call-log.file")).toAbsolutePath().normalize();
    }

    Duration callLogMaxIdle() {
        return duration("examples.call-log.max-idle");
    }

    List<String> transcriptDevices() {
        return list("examples.transcript.devices");
    }

    boolean keepRunning() {
        return Boolean.parseBoolean(text("examples.demo.keep-running"));
    }

    Duration demoTimeout() {
        return duration("examples.demo.timeout");
    }

    Duration demoPace() {
        return duration("examples.demo.pace");
    }

    /** {@code none}, {@code active-active} or {@code leader}: see {@link HighAvailability}. */
    public String haMode() {
        return text("examples.ha.mode");
    }

    /** This instance's name in the cluster, unique per instance. */
    public String haNode() {
        return text("examples.ha.node");
    }

    /** active-active: the JDBC URL of the database the instances share. */
    public String haDatabaseUrl() {
        return text("examples.ha.database-url");
    }

    public String haDatabaseUser() {
        return text("examples.ha.database-user");
    }

    /** Never logged. */
    public String haDatabasePassword() {
        return text("examples.ha.database-password");
    }

    /** leader: the directory of the file lock, shared by the instances. */
    public String haLockDirectory() {
        return text("examples.ha.lock-dir");
    }

    private String text(String key) {
        return context.getPropertiesComponent().resolveProperty(key).map(String::trim).orElse("");
    }

    private int integer(String key) {
        String value = text(key);
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: '" + value + "'", e);
        }
    }

    private Duration duration(String key) {
        String value = text(key);
        try {
            return Duration.ofMillis(value.isEmpty() ? 0 : TimeUtils.toMilliSeconds(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 500ms, 10s or 4h: '" + value + "'", e);
        }
    }

    private List<String> list(String key) {
        return Arrays.stream(text(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
