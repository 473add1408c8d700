package org.camelcsta.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.access.AddressAllowList;
import org.camelcsta.simulator.access.Authenticator;
import org.camelcsta.simulator.access.UserAccount;
import org.camelcsta.simulator.board.TrafficLog;
import org.camelcsta.simulator.control.ControlApiServer;
import org.camelcsta.simulator.pbx.CallModel;
import org.camelcsta.simulator.pbx.DeviceDirectory;
import org.camelcsta.simulator.pbx.MonitorRegistry;
import org.camelcsta.simulator.pbx.PbxException;
import org.camelcsta.simulator.pbx.PbxExecutor;
import org.camelcsta.simulator.pbx.QueueDirectory;
import org.camelcsta.simulator.session.CommandProcessor;
import org.camelcsta.simulator.session.DialectSetting;
import org.camelcsta.simulator.session.FaultSettings;
import org.camelcsta.simulator.session.SessionRegistry;
import org.camelcsta.simulator.session.SimulatorContext;
import org.camelcsta.simulator.transport.NettyGroups;
import org.camelcsta.simulator.transport.http.HttpCstaServer;
import org.camelcsta.simulator.transport.http.SelfSignedTls;
import org.camelcsta.simulator.transport.socketio.SocketIoCstaServer;
import org.camelcsta.simulator.transport.tcp.XmlTcpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulator of the provider's CSTA server: every transport (TCP/XML, socket.io/JSON, HTTP and HTTPS GET), a
 * real call model, and a control API that plays the phones and injects faults.
 *
 * <pre>{@code
 * try (CstaSimulator sim = CstaSimulator.builder().xmlPort(0).socketIoPort(-1).build()) {
 *     sim.start();
 *     sim.autoAnswer("124", Duration.ofMillis(200));
 *     sim.incomingCall("22334455", "123", "Alice");   // 123 rings
 *     sim.answer("123");
 * }
 * }</pre>
 *
 * Ports: 0 binds an ephemeral port (read it back with {@link #xmlPort()} etc. after {@link #start()}); -1
 * disables that server. Every server listens on 127.0.0.1 unless {@link Builder#bindAddress} says otherwise. Out of the box the simulator accepts the two logins of the provider's examples and the
 * devices 100-199 and 321; all users share one PBX, so the control API names a device by its number alone.
 */
public final class CstaSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CstaSimulator.class);

    /** Port value that disables a server. */
    public static final int DISABLED = -1;

    private final Builder settings;
    private final FaultSettings faults = new FaultSettings();
    private PbxExecutor executor;
    private DeviceDirectory directory;
    private CallModel model;
    private MonitorRegistry monitors;
    private SessionRegistry sessions;
    private NettyGroups groups;
    private XmlTcpServer xmlServer;
    private SocketIoCstaServer socketIoServer;
    private HttpCstaServer httpServer;
    private HttpCstaServer httpsServer;
    private ControlApiServer controlServer;
    private TrafficLog traffic;
    private SelfSignedTls tls;
    private int xmlPort = DISABLED;
    private int socketIoPort = DISABLED;
    private int httpPort = DISABLED;
    private int httpsPort = DISABLED;
    private int controlPort = DISABLED;
    private boolean started;

    private CstaSimulator(Builder settings) {
        this.settings = settings.copy();
        faults.echoRequestIds(settings.echoRequestIds);
    }

    /** A builder with the defaults: every port ephemeral, seed users and devices, 3600 s sessions. */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Binds every enabled server. Calling it again on a started simulator does nothing.
     *
     * @throws UncheckedIOException where a port cannot be bound; whatever was started is stopped again
     */
    public synchronized void start() {
        if (started) {
            return;
        }
        executor = new PbxExecutor();
        monitors = new MonitorRegistry();
        sessions = new SessionRegistry();
        directory = settings.deviceDirectory();
        model = new CallModel(directory, settings.queueDirectory(), monitors, executor, settings.externalAutoAnswer,
                Clock.systemUTC());
        executor.run(() -> settings.applyPresets(model));
        traffic = new TrafficLog(TrafficLog.DEFAULT_CAPACITY);
        SimulatorContext context = new SimulatorContext(executor, model, monitors,
                new CommandProcessor(model, monitors), new Authenticator(settings.accounts()),
                settings.allowList(), faults, sessions, settings.maxSessionDuration, traffic, settings.dialect);
        groups = new NettyGroups();
        try {
            if (settings.xmlPort != DISABLED) {
                xmlServer = new XmlTcpServer(context);
                xmlPort = xmlServer.start(groups, settings.bindAddress, settings.xmlPort);
            }
            if (settings.socketIoPort != DISABLED) {
                socketIoServer = new SocketIoCstaServer(context, settings.socketIoPingInterval, settings.socketIoPingTimeout);
                socketIoPort = socketIoServer.start(settings.bindAddress, settings.socketIoPort);
            }
            if (settings.httpPort != DISABLED) {
                httpServer = new HttpCstaServer(context, null);
                httpPort = httpServer.start(groups, settings.bindAddress, settings.httpPort);
            }
            if (settings.httpsPort != DISABLED) {
                tls = SelfSignedTls.generate();
                httpsServer = new HttpCstaServer(context, tls);
                httpsPort = httpsServer.start(groups, settings.bindAddress, settings.httpsPort);
            }
            if (settings.controlPort != DISABLED) {
                controlServer = new ControlApiServer(this, traffic);
                controlPort = controlServer.start(groups, settings.bindAddress, settings.controlPort,
                        settings.controlToken);
            }
        } catch (IOException | RuntimeException e) {
            started = true; // so that stop() releases what was bound
            stop();
            throw e instanceof IOException io ? new UncheckedIOException(io.getMessage(), io)
                    : (RuntimeException) e;
        }
        started = true;
        LOG.info("CSTA simulator started on {}: xml={} socket.io={} http={} https={} control={}; devices {}, users {}, "
                + "allow-list {}", settings.bindAddress.getHostAddress(), xmlPort, socketIoPort, httpPort, httpsPort,
                controlPort, settings.devices,
                settings.accounts().stream().map(UserAccount::name).toList(), settings.allowList());
    }

    /** Closes every connection and releases every port. Calling it again does nothing. */
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        closeQuietly(controlServer);
        closeQuietly(httpsServer);
        closeQuietly(httpServer);
        closeQuietly(socketIoServer);
        closeQuietly(xmlServer);
        closeQuietly(groups);
        closeQuietly(executor);
        controlServer = null;
        httpsServer = null;
        httpServer = null;
        socketIoServer = null;
        xmlServer = null;
        LOG.info("CSTA simulator stopped");
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}", closeable.getClass().getSimpleName(), e);
            }
        }
    }

    /** The bound TCP/XML port, or -1 where disabled. */
    public int xmlPort() {
        return xmlPort;
    }

    /** The bound socket.io port, or -1 where disabled. */
    public int socketIoPort() {
        return socketIoPort;
    }

    /** The bound HTTP GET port, or -1 where disabled. */
    public int httpPort() {
        return httpPort;
    }

    /** The bound HTTPS GET port, or -1 where disabled. */
    public int httpsPort() {
        return httpsPort;
    }

    /** The bound control API port, or -1 where disabled. */
    public int controlPort() {
        return controlPort;
    }

    /** The address of the web board (on the control port), or {@code null} where the control API is disabled. */
    public String boardUrl() {
        if (controlPort == DISABLED) {
            return null;
        }
        InetAddress bound = settings.bindAddress;
        String host = bound.isAnyLocalAddress() ? "127.0.0.1"
                : bound.getHostAddress().contains(":") ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        return "http://" + host + ":" + controlPort + "/";
    }

    /** The address every server listens on. */
    public InetAddress bindAddress() {
        return settings.bindAddress;
    }

    /** The HTTPS server's self-signed certificate, made at start (trust it in clients); {@code null} without HTTPS. */
    public X509Certificate httpsCertificate() {
        return tls == null ? null : tls.certificate();
    }

    // ---------------------------------------------------------------- phones

    /**
     * A call from {@code from} (an external number or a device) rings at device {@code to}.
     *
     * @return the new call
     * @throws org.camelcsta.simulator.pbx.PbxException {@code operation: invalidDeviceID} where {@code to} is no device
     */
    public SimulatedCall incomingCall(String from, String to) {
        return incomingCall(from, to, null);
    }

    /**
     * A call from {@code from} rings at device {@code to}; {@code callerName} travels in the events as
     * {@code privateData.callerName}.
     */
    public SimulatedCall incomingCall(String from, String to, String callerName) {
        return pbx().call(() -> model.incomingCall(from, to, callerName));
    }

    /**
     * The device answers the call that rings at it.
     *
     * @throws org.camelcsta.simulator.pbx.PbxException (an {@link IllegalStateException}) where nothing rings there
     */
    public void answer(String device) {
        pbx().run(() -> model.answerParty(device));
    }

    /**
     * The device hangs up its current call: the connected one, else the ringing one, else a held one.
     *
     * @throws org.camelcsta.simulator.pbx.PbxException (an {@link IllegalStateException}) where it is in no call
     */
    public void hangup(String device) {
        pbx().run(() -> model.hangupParty(device));
    }

    /**
     * The party puts its connected call on hold.
     *
     * @throws org.camelcsta.simulator.pbx.PbxException where it has no connected call
     */
    public void hold(String party) {
        pbx().run(() -> model.holdCall(legOf(party, LegState.CONNECTED)));
    }

    /**
     * The party takes its held call back.
     *
     * @throws org.camelcsta.simulator.pbx.PbxException where it has no held call
     */
    public void retrieve(String party) {
        pbx().run(() -> model.retrieveCall(legOf(party, LegState.HELD)));
    }

    /** The party's first leg in this state (on the PBX thread). */
    private ConnectionId legOf(String party, LegState state) {
        return model.calls().stream().flatMap(call -> call.legs().stream())
                .filter(leg -> leg.device().equals(party) && leg.state() == state)
                .findFirst().map(leg -> new ConnectionId(leg.callId(), party))
                .orElseThrow(() -> PbxException.invalidCallState(party + " has no " + state.name().toLowerCase(
                        Locale.ROOT) + " call"));
    }

    /** The device answers every call that rings at it after {@code delay}; {@code null} turns this off. */
    public void autoAnswer(String device, Duration delay) {
        pbx().run(() -> model.autoAnswer(device, delay));
    }

    /** The current calls, a snapshot. */
    public List<SimulatedCall> calls() {
        return pbx().call(model::calls);
    }

    /** Whether {@code a} and {@code b} are parties of one call and both their legs are connected. */
    public boolean connected(String a, String b) {
        return pbx().call(() -> model.connected(a, b));
    }

    /**
     * Turns do-not-disturb on or off for a device, as its phone would ({@code DoNotDisturbEvent} to its
     * monitors). While on, a call to it is refused.
     */
    public void doNotDisturb(String device, boolean on) {
        pbx().run(() -> model.setDoNotDisturb(device, on));
    }

    /**
     * Sets a forwarding rule of a device, as its phone would ({@code ForwardingEvent} to its monitors).
     *
     * @param type                {@code forwardImmediate}, {@code forwardNoAns}, {@code forwardBusy} or
     *                            {@code forwardDND}
     * @param target              where calls go; {@code null} to turn the rule off
     * @param ringDurationSeconds how long a call rings before {@code forwardNoAns} diverts it; {@code null}: 90
     */
    public void forwarding(String device, String type, String target, Integer ringDurationSeconds) {
        pbx().run(() -> model.setForwarding(device, type, target != null, target, ringDurationSeconds));
    }

    /**
     * Signs an agent into a queue on the given channels, or out of them ({@code QueueMemberEvent} to the queue's
     * monitors). Only {@code sip} (the desk phone) rings for the queue's calls.
     */
    public void queueMember(String queue, String agent, boolean active, boolean sip, boolean mobile, boolean skype) {
        pbx().run(() -> model.setQueueMember(queue, agent, active, sip, mobile, skype, null));
    }

    /** The agents whose phones ring for the queue's calls now. */
    public List<String> queueAgentsTakingCalls(String queue) {
        return pbx().call(() -> model.queueAgentsTakingCalls(queue));
    }

    /** Whether a device has do-not-disturb on. */
    public boolean doNotDisturb(String device) {
        return pbx().call(() -> model.doNotDisturb(device));
    }

    /** The DTMF digits a leg sent with GenerateDigits so far ({@code ""} where none). */
    public String digitsSent(String callId) {
        return pbx().call(() -> model.digitsSent(callId));
    }

    /**
     * A device's do-not-disturb and forwarding rules.
     *
     * @throws org.camelcsta.simulator.pbx.PbxException {@code operation: invalidDeviceID} where it is no device
     */
    public DeviceSettings deviceSettings(String device) {
        return pbx().call(() -> model.settings(device));
    }

    /** The settings of these devices, read at one moment. */
    public List<DeviceSettings> deviceSettings(List<String> devices) {
        List<String> numbers = List.copyOf(devices);
        return pbx().call(() -> numbers.stream().map(model::settings).toList());
    }

    /**
     * A queue's agents and statistics.
     *
     * @throws org.camelcsta.simulator.pbx.PbxException {@code operation: invalidDeviceID} where it is no queue
     */
    public SimulatedQueue queue(String queue) {
        return pbx().call(() -> model.queue(queue));
    }

    /** Every queue with its agents and statistics, in the order they were added. */
    public List<SimulatedQueue> queues() {
        return pbx().call(() -> model.queueNumbers().stream().map(model::queue).toList());
    }

    // ---------------------------------------------------------------- faults

    /** Closes every client connection (TCP and socket.io) at once; the servers keep listening. */
    public void dropAllConnections() {
        requireStarted();
        if (socketIoServer != null) {
            socketIoServer.dropConnections();
        }
        sessions.dropAll();
    }

    /**
     * Sends every response {@code delay} later ({@link Duration#ZERO} stops this). Responses keep their request
     * order per connection; events are not delayed.
     */
    public void delayResponses(Duration delay) {
        faults.responseDelay(Objects.requireNonNull(delay, "delay"));
    }

    /** While on, requests are read but never answered (nor executed); events still flow. */
    public void stopResponding(boolean on) {
        faults.stopResponding(on);
    }

    /**
     * Whether responses echo the request's {@code privateData.requestID}; off, the simulator answers as the
     * provider's 2020 server, which echoes none. Applies to responses made from now on, on every transport.
     */
    public void echoRequestIds(boolean on) {
        faults.echoRequestIds(on);
    }

    /** Every connected client gets one frame it cannot parse (bad XML on TCP, bad JSON on socket.io). */
    public void sendMalformedFrame() {
        requireStarted();
        sessions.sendMalformedFrame();
    }

    // ---------------------------------------------------------------- observation

    /** The sessions logged in now (TCP and socket.io). */
    public int sessionCount() {
        requireStarted();
        return sessions.loggedInCount();
    }

    /** The internal numbers, in the order configured, at most {@code limit} of them. */
    public List<String> deviceNumbers(int limit) {
        requireStarted();
        return directory.numbers(limit);
    }

    /**
     * The messages named {@code name} that the TCP and socket.io sessions received or sent lately (the traffic log
     * keeps the last {@value TrafficLog#DEFAULT_CAPACITY}), oldest first, as they crossed the wire: a request as
     * read (a {@link GenericMessage}), a response or event as written. For a test that checks what a client sent
     * or what it was answered.
     */
    public List<CstaMessage> traffic(String name) {
        requireStarted();
        return traffic.since(0).entries().stream().map(TrafficLog.Entry::message)
                .filter(message -> message.messageName().equals(name)).toList();
    }

    /** The monitors started on a device or a queue now, over all sessions (a trunk monitor covers neither). */
    public int monitorCount(String deviceOrQueue) {
        return pbx().call(() -> monitors.count(deviceOrQueue));
    }

    private PbxExecutor pbx() {
        requireStarted();
        return executor;
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("the simulator is not started");
        }
    }

    // ---------------------------------------------------------------- builder

    /** Settings of a {@link CstaSimulator}; every setter returns the builder. */
    public static final class Builder {

        private int xmlPort;
        private int socketIoPort;
        private int httpPort;
        private int httpsPort;
        private int controlPort;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private String controlToken;
        private final List<UserAccount> users = new ArrayList<>();
        private final List<String> devices = new ArrayList<>();
        private Duration maxSessionDuration = Duration.ofSeconds(3600);
        private Duration externalAutoAnswer;
        private final List<String> allowedAddresses = new ArrayList<>();
        private boolean echoRequestIds = true;
        private Duration socketIoPingInterval;
        private Duration socketIoPingTimeout;
        private DialectSetting dialect = DialectSetting.AUTO;
        private final List<String[]> queues = new ArrayList<>();
        private final List<String> doNotDisturb = new ArrayList<>();
        private final List<String[]> forwardings = new ArrayList<>();

        private Builder() {
        }

        /**
         * Which API the simulator speaks: {@link DialectSetting#AUTO} (the default) decides per connection by what
         * the client sends, 2020 until it sends something only a current-API client sends (see the README);
         * {@code API_2020} or {@code CURRENT} fix it for every connection, the login response included.
         */
        public Builder dialect(DialectSetting setting) {
            dialect = Objects.requireNonNull(setting, "setting");
            return this;
        }

        /**
         * Adds a queue; repeatable. Its number must be no device; a call to it rings its signed-in agents.
         *
         * @param serviceLevelSeconds GetQueue's {@code serviceLevelAgreement}
         */
        public Builder queue(String number, String name, int serviceLevelSeconds) {
            new QueueDirectory().add(number, name, serviceLevelSeconds); // fail here, not at start
            queues.add(new String[] { number, name, Integer.toString(serviceLevelSeconds) });
            return this;
        }

        /** The device starts with do-not-disturb on; repeatable. */
        public Builder doNotDisturb(String device) {
            doNotDisturb.add(Objects.requireNonNull(device, "device"));
            return this;
        }

        /**
         * The device starts with a forwarding rule on; repeatable.
         *
         * @param type                {@code forwardImmediate} or {@code forwardNoAns} (or the types that never act)
         * @param ringDurationSeconds for {@code forwardNoAns}: how long a call rings first; {@code null}: 90
         */
        public Builder forwarding(String device, String type, String target, Integer ringDurationSeconds) {
            forwardings.add(new String[] { device, type, target,
                    ringDurationSeconds == null ? null : ringDurationSeconds.toString() });
            return this;
        }

        /** The TCP/XML port (provider default 7001); 0 ephemeral, -1 disabled. */
        public Builder xmlPort(int port) {
            xmlPort = checkPort(port);
            return this;
        }

        /** The socket.io port (provider default 7003); 0 ephemeral, -1 disabled. */
        public Builder socketIoPort(int port) {
            socketIoPort = checkPort(port);
            return this;
        }

        /** The HTTP GET port (provider default 7005); 0 ephemeral, -1 disabled. */
        public Builder httpPort(int port) {
            httpPort = checkPort(port);
            return this;
        }

        /** The HTTPS GET port (provider default 7006); 0 ephemeral, -1 disabled. */
        public Builder httpsPort(int port) {
            httpsPort = checkPort(port);
            return this;
        }

        /** The control API port (default 7080 standalone); 0 ephemeral, -1 disabled. */
        public Builder controlPort(int port) {
            controlPort = checkPort(port);
            return this;
        }

        /**
         * The local address every server listens on (default {@code 127.0.0.1}: this machine only); e.g.
         * {@code 0.0.0.0} for every interface. Beyond the loopback address the control API needs a
         * {@link #controlToken}, or must be disabled.
         *
         * @throws IllegalArgumentException for a name that does not resolve
         */
        public Builder bindAddress(String address) {
            try {
                bindAddress = InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("cannot listen on '" + address + "': no such address", e);
            }
            return this;
        }

        /**
         * The token the control API's writes must carry as {@code Authorization: Bearer <token>} (the board sends
         * it when opened as {@code http://host:port/#token=<token>}); required where the simulator listens beyond
         * the loopback address. {@code null}: none.
         */
        public Builder controlToken(String token) {
            controlToken = token == null || token.isBlank() ? null : token;
            return this;
        }

        /**
         * Adds an accepted login; repeatable. Without any, the two logins of the provider's examples are
         * accepted.
         */
        public Builder user(String name, String password, String pbxDomain) {
            users.add(new UserAccount(name, password, pbxDomain));
            return this;
        }

        /**
         * Adds devices (internal numbers): ranges such as {@code 100-199} or numbers such as {@code 321};
         * repeatable. Without any, 100-199 and 321 exist.
         */
        public Builder devices(String... rangesOrNumbers) {
            DeviceDirectory.of(List.of(rangesOrNumbers)); // fail here, not at start
            devices.addAll(List.of(rangesOrNumbers));
            return this;
        }

        /** The cap of {@code actualSessionDuration} (default 3600 s). */
        public Builder maxSessionDuration(Duration max) {
            if (max == null || max.isNegative() || max.isZero()) {
                throw new IllegalArgumentException("the maximum session duration must be positive: " + max);
            }
            maxSessionDuration = max;
            return this;
        }

        /** External numbers answer after this delay; {@code null} (the default): they only ring. */
        public Builder externalAutoAnswer(Duration delay) {
            if (delay != null && delay.isNegative()) {
                throw new IllegalArgumentException("the auto-answer delay must not be negative: " + delay);
            }
            externalAutoAnswer = delay;
            return this;
        }

        /**
         * Restricts clients to these addresses (CIDR blocks or single IPv4/IPv6 addresses); repeatable. Without
         * any, every address is allowed.
         */
        public Builder allowedAddresses(String... cidrs) {
            AddressAllowList.of(List.of(cidrs)); // fail here, not at start
            allowedAddresses.addAll(List.of(cidrs));
            return this;
        }

        /**
         * Whether responses echo the request's {@code privateData.requestID} (default {@code true}, as the
         * provider's current server); {@code false} answers as the 2020 server, which echoes none.
         */
        public Builder echoRequestIds(boolean on) {
            echoRequestIds = on;
            return this;
        }

        /**
         * The socket.io server's Engine.IO heartbeat: the ping interval and ping timeout it tells clients (default
         * netty-socketio's 25 s and 60 s). Short values let a test see a client that stops reading its heartbeats.
         */
        public Builder socketIoHeartbeat(Duration pingInterval, Duration pingTimeout) {
            if (pingInterval.isNegative() || pingInterval.isZero() || pingTimeout.isNegative() || pingTimeout.isZero()) {
                throw new IllegalArgumentException("the socket.io ping interval and timeout must be positive");
            }
            socketIoPingInterval = pingInterval;
            socketIoPingTimeout = pingTimeout;
            return this;
        }

        /**
         * A simulator with these settings; {@link CstaSimulator#start()} binds its ports.
         *
         * @throws IllegalArgumentException where the control API would listen beyond the loopback address without
         *                                  a token
         */
        public CstaSimulator build() {
            queueDirectory(); // a queue on a device number fails here, not at start
            if (controlPort != DISABLED && controlToken == null && !bindAddress.isLoopbackAddress()) {
                throw new IllegalArgumentException("listening on " + bindAddress.getHostAddress() + " would let "
                        + "anyone who reaches the control API play the phones and inject faults: give it a token "
                        + "(controlToken; standalone: CSTA_SIMULATOR_TOKEN or --control-token-file), disable it "
                        + "(controlPort -1), or listen on 127.0.0.1");
            }
            return new CstaSimulator(this);
        }

        List<UserAccount> accounts() {
            return users.isEmpty() ? Authenticator.SEED_ACCOUNTS : List.copyOf(users);
        }

        QueueDirectory queueDirectory() {
            QueueDirectory directory = new QueueDirectory();
            DeviceDirectory deviceDirectory = deviceDirectory();
            for (String[] queue : queues) {
                if (deviceDirectory.isDevice(queue[0])) {
                    throw new IllegalArgumentException("queue " + queue[0] + " is a device number");
                }
                directory.add(queue[0], queue[1], Integer.parseInt(queue[2]));
            }
            return directory;
        }

        /** The DND and forwarding presets, applied to a new model on the PBX thread. */
        private void applyPresets(CallModel model) {
            doNotDisturb.forEach(device -> model.setDoNotDisturb(device, true));
            for (String[] rule : forwardings) {
                model.setForwarding(rule[0], rule[1], true, rule[2], rule[3] == null ? null : Integer.valueOf(rule[3]));
            }
        }

        DeviceDirectory deviceDirectory() {
            return DeviceDirectory.of(devices.isEmpty() ? List.of("100-199", "321") : devices);
        }

        AddressAllowList allowList() {
            return allowedAddresses.isEmpty() ? AddressAllowList.allowAll() : AddressAllowList.of(allowedAddresses);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.xmlPort = xmlPort;
            copy.socketIoPort = socketIoPort;
            copy.httpPort = httpPort;
            copy.httpsPort = httpsPort;
            copy.controlPort = controlPort;
            copy.bindAddress = bindAddress;
            copy.controlToken = controlToken;
            copy.users.addAll(users);
            copy.devices.addAll(devices.isEmpty() ? List.of("100-199", "321") : devices);
            copy.maxSessionDuration = maxSessionDuration;
            copy.externalAutoAnswer = externalAutoAnswer;
            copy.allowedAddresses.addAll(allowedAddresses);
            copy.echoRequestIds = echoRequestIds;
            copy.socketIoPingInterval = socketIoPingInterval;
            copy.socketIoPingTimeout = socketIoPingTimeout;
            copy.dialect = dialect;
            copy.queues.addAll(queues);
            copy.doNotDisturb.addAll(doNotDisturb);
            copy.forwardings.addAll(forwardings);
            return copy;
        }

        private static int checkPort(int port) {
            if (port < DISABLED || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, or -1 to disable: " + port);
            }
            return port;
        }
    }
}
