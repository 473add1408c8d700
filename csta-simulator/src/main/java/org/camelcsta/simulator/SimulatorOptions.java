package org.camelcsta.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camelcsta.simulator.access.UserAccount;
import org.camelcsta.simulator.session.DialectSetting;

/**
 * The standalone simulator's command-line options. Each takes a value, as {@code --xml-port 7001} or
 * {@code --xml-port=7001}; {@code --user}, {@code --devices} and {@code --allow} may be repeated.
 */
final class SimulatorOptions {

    /** The environment variable that holds the control token. */
    static final String TOKEN_VARIABLE = "CSTA_SIMULATOR_TOKEN";

    static final String USAGE = """
            Usage: java -jar csta-simulator.jar [options]

            A simulator of the Uni-tel CSTA server: TCP/XML, socket.io/JSON, HTTP(S) GET, and a control API.

              --xml-port PORT              TCP/XML port (default 7001)
              --socketio-port PORT         socket.io port (default 7003)
              --http-port PORT             HTTP GET port (default 7005)
              --https-port PORT            HTTPS GET port, self-signed certificate made at start (default 7006)
              --control-port PORT          control API port (default 7080)
                                           a PORT of 0 picks a free port, -1 disables that server
              --bind ADDRESS               the address every server listens on (default 127.0.0.1: this machine
                                           only; 0.0.0.0: every interface, which needs a control token or
                                           --control-port -1)
              --control-token-file FILE    the token the control API's writes must carry (Authorization: Bearer);
                                           default: the environment variable CSTA_SIMULATOR_TOKEN, else none
              --user NAME:PASSWORD@DOMAIN  an accepted login (repeatable; default: the provider's two example
                                           logins test@mydomain and test@mydomain.dk, password bla.bla)
              --devices RANGE              internal numbers, e.g. 100-199 or 321 (repeatable; default 100-199 and 321)
              --max-session-duration SECONDS
                                           cap of actualSessionDuration (default 3600)
              --auto-answer-ms N           external numbers answer after N ms (default: they only ring)
              --allow CIDR                 allow clients from this address block only (repeatable; default: all)
              --echo-request-ids BOOLEAN   echo privateData.requestID in responses (default true; false answers
                                           as the provider's 2020 server, which echoes none)
              --dialect auto|2020|current  the API spoken: auto (default) decides per connection, 2020 until
                                           the client sends a current-only request (MonitorTrunk, SnapShotDevice,
                                           a u-/q-/t- object, TransferCall, Get/Set state ...)
              --queue NUMBER:NAME          a queue, e.g. 400:Customer Service (repeatable; SLA 10 s)
              --dnd DEVICE                 the device starts with do-not-disturb on (repeatable)
              --forward DEVICE:TYPE:TARGET[:SECONDS]
                                           a forwarding rule on at start, e.g. 203:forwardNoAns:202:20 (repeatable)
              --help                       this text
            """;

    int xmlPort = 7001;
    int socketIoPort = 7003;
    int httpPort = 7005;
    int httpsPort = 7006;
    int controlPort = 7080;
    String bind = "127.0.0.1";
    String controlToken = System.getenv(TOKEN_VARIABLE);
    final List<UserAccount> users = new ArrayList<>();
    final List<String> devices = new ArrayList<>();
    final List<String> allowed = new ArrayList<>();
    Duration maxSessionDuration = Duration.ofSeconds(3600);
    Duration externalAutoAnswer;
    boolean echoRequestIds = true;
    DialectSetting dialect = DialectSetting.AUTO;
    final List<String[]> queues = new ArrayList<>();
    final List<String> doNotDisturb = new ArrayList<>();
    final List<String[]> forwardings = new ArrayList<>();
    boolean help;

    /**
     * @throws IllegalArgumentException naming the bad option and why
     */
    static SimulatorOptions parse(String... args) {
        SimulatorOptions options = new SimulatorOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                options.help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options.apply(name, value);
        }
        return options;
    }

    private void apply(String name, String value) {
        switch (name) {
            case "--xml-port" -> xmlPort = port(name, value);
            case "--socketio-port" -> socketIoPort = port(name, value);
            case "--http-port" -> httpPort = port(name, value);
            case "--https-port" -> httpsPort = port(name, value);
            case "--control-port" -> controlPort = port(name, value);
            case "--bind" -> bind = value.trim();
            case "--control-token-file" -> controlToken = readToken(name, value);
            case "--user" -> users.add(UserAccount.parse(value));
            case "--devices" -> devices.add(value);
            case "--allow" -> allowed.add(value);
            case "--max-session-duration" -> maxSessionDuration = Duration.ofSeconds(positive(name, value));
            case "--auto-answer-ms" -> externalAutoAnswer = Duration.ofMillis(positiveOrZero(name, value));
            case "--echo-request-ids" -> echoRequestIds = bool(name, value);
            case "--dialect" -> dialect = DialectSetting.parse(value);
            case "--queue" -> queues.add(pair(name, value, "NUMBER:NAME"));
            case "--dnd" -> doNotDisturb.add(value.trim());
            case "--forward" -> forwardings.add(forwarding(name, value));
            default -> throw new IllegalArgumentException("unknown option " + name);
        }
    }

    /** A builder with these options; it validates devices and addresses. */
    CstaSimulator.Builder toBuilder() {
        CstaSimulator.Builder builder = CstaSimulator.builder()
                .xmlPort(xmlPort).socketIoPort(socketIoPort).httpPort(httpPort).httpsPort(httpsPort)
                .controlPort(controlPort)
                .bindAddress(bind)
                .controlToken(controlToken)
                .maxSessionDuration(maxSessionDuration)
                .externalAutoAnswer(externalAutoAnswer)
                .echoRequestIds(echoRequestIds)
                .dialect(dialect);
        queues.forEach(queue -> builder.queue(queue[0], queue[1], 10));
        doNotDisturb.forEach(builder::doNotDisturb);
        forwardings.forEach(rule -> builder.forwarding(rule[0], rule[1], rule[2],
                rule.length > 3 ? Integer.valueOf(positiveOrZero("--forward", rule[3])) : null));
        users.forEach(user -> builder.user(user.name(), user.password(), user.pbxDomain()));
        if (!devices.isEmpty()) {
            builder.devices(devices.toArray(String[]::new));
        }
        if (!allowed.isEmpty()) {
            builder.allowedAddresses(allowed.toArray(String[]::new));
        }
        return builder;
    }

    private static String[] pair(String name, String value, String form) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException(name + " is " + form + ", not '" + value + "'");
        }
        return new String[] { value.substring(0, colon).trim(), value.substring(colon + 1).trim() };
    }

    private static String[] forwarding(String name, String value) {
        String[] parts = value.split(":");
        if (parts.length < 3 || parts.length > 4) {
            throw new IllegalArgumentException(name + " is DEVICE:TYPE:TARGET[:SECONDS], not '" + value + "'");
        }
        return parts;
    }

    /** A token from a file (its first line), so that it is on no command line that {@code ps} shows. */
    private static String readToken(String name, String file) {
        try {
            String token = Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
            if (token.isEmpty()) {
                throw new IllegalArgumentException(name + ": " + file + " holds no token");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int port(String name, String value) {
        int port = number(name, value);
        if (port < -1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a port 0..65535 or -1, not " + value);
        }
        return port;
    }

    private static int positive(String name, String value) {
        int number = number(name, value);
        if (number <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
        return number;
    }

    private static int positiveOrZero(String name, String value) {
        int number = number(name, value);
        if (number < 0) {
            throw new IllegalArgumentException(name + " must not be negative, not " + value);
        }
        return number;
    }

    private static boolean bool(String name, String value) {
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number, not '" + value + "'", e);
        }
    }
}
