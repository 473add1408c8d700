package org.camelcsta.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.camelcsta.simulator.CstaSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The examples as one Camel Main application: the seven routes, the transcript, and, unless {@code CSTA_HOST} names
 * a real PBX, the embedded simulator and the demo that plays its phones.
 * <pre>
 * java -jar camel-csta-examples.jar                  run the demo once and exit: 0 when every scenario passed
 * java -jar camel-csta-examples.jar --keep-running   run the demo, then keep running until Ctrl-C
 * java -jar camel-csta-examples.jar --name=value     set a property of application.properties
 * </pre>
 * Against a real PBX the application runs its routes until stopped; it places no calls by itself.
 */
public final class ExamplesApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ExamplesApplication.class);
    private static final Logger TRANSCRIPT = LoggerFactory.getLogger("transcript");

    /** The exit code when the application failed before the demo ran. */
    static final int FAILED = 1;

    private final Main main = new Main();
    private final PbxConnection pbx = new PbxConnection();
    private final QueueWallboardRoute wallboard = new QueueWallboardRoute();
    private final AtomicInteger exitCode = new AtomicInteger(FAILED);

    /**
     * @param properties properties that take precedence over application.properties, e.g.
     *                   {@code examples.demo.keep-running=true}
     */
    public ExamplesApplication(Map<String, String> properties) {
        // routes 1 and 2 are route files (camel.main.routes-include-pattern); these are the Java ones
        main.configure().addRoutesBuilder(new AttendedTransferRoute());
        main.configure().addRoutesBuilder(new ClickToCallRoute());
        main.configure().addRoutesBuilder(new CallLogRoute());
        main.configure().addRoutesBuilder(new AgentDeskRoute());
        main.configure().addRoutesBuilder(wallboard);
        main.configure().addRoutesBuilder(new TranscriptRoute());
        properties.forEach(main::addOverrideProperty);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                // before the routes and the HTTP server: a server that would be open to all never starts
                CamelContext context = support.getCamelContext();
                context.getRegistry().bind(HttpGuard.BEAN, HttpGuard.of(new ExamplesSettings(context)));
            }
        });
        main.addMainListener(pbx);
    }

    public static void main(String[] args) {
        Map<String, String> properties;
        try {
            properties = parseArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (properties == null) {
            System.out.println(usage());
            return;
        }
        System.exit(new ExamplesApplication(properties).run());
    }

    /** The properties the arguments set; {@code null} for {@code --help}. */
    static Map<String, String> parseArguments(String... args) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            } else if (arg.equals("--keep-running")) {
                properties.put("examples.demo.keep-running", "true");
            } else if (arg.startsWith("--") && arg.indexOf('=') > 2) {
                properties.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return properties;
    }

    static String usage() {
        return """
                Usage: java -jar camel-csta-examples.jar [--keep-running] [--property=value ...]
                  (no argument)     run every scenario once on the embedded simulator, print the transcript, exit
                                    (0 when every scenario passed, 1 otherwise)
                  --keep-running    keep running after the demo, until Ctrl-C
                  --name=value      set a property of application.properties, e.g. --camel.server.port=8080
                Environment: CSTA_HOST, CSTA_TRANSPORT, CSTA_USERNAME, CSTA_PASSWORD, CSTA_PBX_DOMAIN point the routes
                at the real PBX (no simulator, no demo: the routes run until Ctrl-C).""";
    }

    /**
     * Runs the application until the demo is over or, with keep-running or against a real PBX, until the JVM is
     * asked to stop.
     *
     * @return the exit code: 0 when every scenario passed (or nothing was to run), 1 otherwise
     */
    public int run() {
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport support) {
                started();
            }
        });
        try {
            main.run();
        } catch (Exception e) {
            LOG.error("The application failed: {}", e.getMessage(), e);
            exitCode.set(FAILED);
        } finally {
            pbx.stopSimulator();
        }
        return exitCode.get();
    }

    /** Starts the application and returns; {@link #stop()} ends it. For tests and embedding. */
    public void start() {
        main.start();
    }

    public void stop() {
        try {
            main.stop();
        } finally {
            pbx.stopSimulator();
        }
    }

    private void started() {
        CamelContext context = main.getCamelContext();
        ExamplesSettings settings = new ExamplesSettings(context);
        say("[demo] camel-csta examples on Apache Camel %s", context.getVersion());
        say("[demo] PBX: %s", pbx.description());
        say("[demo] click-to-call: curl -H 'Content-Type: application/json' -d '{\"from\": \"%s\", \"to\": \"%s\"}' "
                + "http://127.0.0.1:%d/calls",
                settings.clickToCallFrom(), settings.clickToCallTo(), httpPort());
        say("[demo] call log: %s", settings.callLogFile());
        if (simulator() != null && simulator().boardUrl() != null) {
            say("[demo] the simulator's web board (phones, calls, CSTA traffic): %s", simulator().boardUrl());
        }
        if (simulator() == null) {
            say("[demo] the routes run against the real PBX until Ctrl-C; the demo needs the simulator");
            exitCode.set(0);
            return;
        }
        Thread demo = new Thread(() -> {
            boolean passed = false;
            try {
                passed = new DemoScenarios(context, simulator(), httpPort(), wallboard).runAll();
            } catch (RuntimeException e) {
                LOG.error("The demo failed", e);
            }
            exitCode.set(passed ? 0 : FAILED);
            if (settings.keepRunning()) {
                say("[demo] keeps running (Ctrl-C stops it); phones: the simulator's control API, e.g. "
                        + "curl -H 'Content-Type: application/json' -d '{\"from\": \"55501234\", \"to\": \"%s\"}' "
                        + "http://127.0.0.1:%d/calls",
                        settings.unattendedDevice(), simulator().controlPort());
            } else {
                main.completed();
            }
        }, "demo");
        demo.setDaemon(true);
        demo.start();
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** The embedded simulator, or {@code null} against a real PBX. */
    public CstaSimulator simulator() {
        return pbx.simulator();
    }

    /** The queue wallboard route, whose last lines the demo checks. */
    QueueWallboardRoute wallboard() {
        return wallboard;
    }

    /** The port of the click-to-call HTTP server. */
    public int httpPort() {
        VertxPlatformHttpServer server = context().hasService(VertxPlatformHttpServer.class);
        return server == null ? -1 : server.getPort();
    }

    private static void say(String format, Object... args) {
        TRANSCRIPT.info(String.format(format, args));
    }
}
