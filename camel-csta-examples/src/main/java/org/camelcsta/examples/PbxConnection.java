package org.camelcsta.examples;

import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.simulator.CstaSimulator;

/**
 * Points the {@code csta} component at its PBX before the routes are built: the embedded simulator when
 * {@code csta.host} ({@code CSTA_HOST}) is empty, else the provider with the configured credentials.
 */
final class PbxConnection extends MainListenerSupport {

    /** The registry name of the embedded simulator, where it runs. */
    static final String SIMULATOR_BEAN = "cstaSimulator";

    /** The simulator's seed login, the one of the provider's documentation. */
    static final String SIMULATOR_USER = "test@mydomain";
    static final String SIMULATOR_PASSWORD = "bla.bla";
    static final String SIMULATOR_PBX_DOMAIN = "12345678.pbx.one-connect.dk";

    /**
     * The registry name of the component of the agent desk and the wallboard: the same PBX on a connection of its own
     * in the current dialect, whose operations they use, while the other routes stay on {@code csta} (dialect auto).
     */
    static final String DESK_COMPONENT = "csta-desk";

    /** The name of the simulator's queue. */
    private static final String SIMULATOR_QUEUE_NAME = "Customer Service";

    private static final Set<String> EVENT_TRANSPORTS = Set.of("xml", "socketio");

    private CstaSimulator simulator;
    private String description;

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        ExamplesSettings settings = new ExamplesSettings(context);
        CstaConfiguration csta = context.getComponent("csta", CstaComponent.class).getConfiguration();
        if (settings.simulatorMode()) {
            startSimulator(settings);
            csta.setHost("127.0.0.1");
            csta.setPort(simulator.xmlPort());
            csta.setTransport("xml");
            csta.setUsername(SIMULATOR_USER);
            csta.setPassword(SIMULATOR_PASSWORD);
            csta.setPbxDomain(SIMULATOR_PBX_DOMAIN);
            // the routes build snapshot objects as device@{{csta.pbx-domain}}
            context.getPropertiesComponent().addOverrideProperty("csta.pbx-domain", SIMULATOR_PBX_DOMAIN);
            context.getRegistry().bind(SIMULATOR_BEAN, simulator);
            description = "the embedded CSTA simulator at 127.0.0.1:" + simulator.xmlPort() + " (xml)"
                    + (simulator.controlPort() > 0 ? ", control API http://127.0.0.1:" + simulator.controlPort() : "");
        } else {
            configureProvider(settings, csta);
            description = settings.cstaHost() + ":" + (csta.getPort() > 0 ? csta.getPort() : "standard port") + " ("
                    + csta.getTransport() + ") as " + csta.getUsername() + " on " + csta.getPbxDomain();
        }
    }

    /** After Camel Main has applied the {@code camel.component.csta.*} properties, which the desk's copy must have too. */
    @Override
    public void afterConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        CstaConfiguration current = context.getComponent("csta", CstaComponent.class).getConfiguration().copy();
        current.setDialect("current");
        CstaComponent desk = new CstaComponent();
        desk.setConfiguration(current);
        // the routes are built, not started: their endpoints are resolved when the context starts
        context.addComponent(DESK_COMPONENT, desk);
    }

    private void startSimulator(ExamplesSettings settings) {
        CstaSimulator started = CstaSimulator.builder()
                .xmlPort(settings.simulatorXmlPort())
                .socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED)
                .controlPort(settings.simulatorControlPort())
                .externalAutoAnswer(settings.externalAutoAnswer())
                // dialect auto (the default): each connection speaks the dialect its client does
                .queue(settings.deskQueue(), SIMULATOR_QUEUE_NAME, 20)
                .build();
        started.start();
        simulator = started;
    }

    /** The provider's settings, checked here so that a mistake is one clear message instead of a login loop. */
    private static void configureProvider(ExamplesSettings settings, CstaConfiguration csta) {
        String transport = settings.cstaTransport();
        if (!EVENT_TRANSPORTS.contains(transport)) {
            throw new IllegalArgumentException("CSTA_TRANSPORT=" + transport + " cannot be used by the examples: their "
                    + "routes monitor devices, which needs events, and only xml and socketio carry them");
        }
        require("CSTA_USERNAME (csta.username)", settings.cstaUsername());
        require("CSTA_PASSWORD (csta.password)", settings.cstaPassword());
        require("CSTA_PBX_DOMAIN (csta.pbx-domain)", settings.cstaPbxDomain());
        csta.setHost(settings.cstaHost());
        csta.setTransport(transport);
        csta.setPort(settings.cstaPort());
        csta.setUsername(settings.cstaUsername());
        csta.setPassword(settings.cstaPassword());
        csta.setPbxDomain(settings.cstaPbxDomain());
    }

    private static void require(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("CSTA_HOST is set, so " + name + " is needed too");
        }
    }

    /** The embedded simulator, or {@code null} when the application uses the real provider. */
    CstaSimulator simulator() {
        return simulator;
    }

    /** Where the component connects, for the transcript; never the password. */
    String description() {
        return description;
    }

    /** Stops the simulator, after the Camel context (so that no route sees the PBX go away). */
    void stopSimulator() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        stopSimulator();
    }
}
