package org.camelcsta.component;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.SnapshotMode;
import org.camelcsta.client.TransportType;
import org.camelcsta.client.WireDialect;
import org.camelcsta.protocol.model.MonitorTrunk;

/**
 * Call control and call events on a hosted PBX through its CSTA API: place, transfer, pick up and clear calls,
 * take snapshots of devices, and monitor devices for their call events.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "csta", title = "CSTA", syntax = "csta:operation",
             category = { Category.NETWORKING, Category.MOBILE }, headersClass = CstaConstants.class)
public class CstaEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    /** The consumer's operation. */
    static final String MONITOR = "monitor";

    @UriPath(description = "The CSTA request to send, with a lower-case first letter (makeCall, singleStepTransferCall, "
                           + "consultationCall, snapshotDevice, clearConnection, directedPickupCall, monitorStart, "
                           + "resetApplicationSessionTimer, startApplicationSession; of the current API answerCall, holdCall, "
                           + "retrieveCall, reconnectCall, transferCall, deflectCall, generateDigits, getDoNotDisturb, "
                           + "setDoNotDisturb, getForwarding, setForwarding, getCallProfile, setCallProfile, getQueue, "
                           + "getQueueMember, setQueueMember; or any other request name, sent from a Map body); or monitor "
                           + "for the consumer.")
    @Metadata(required = true)
    private String operation;
    @UriParam
    private CstaConfiguration configuration;

    @UriParam(label = "producer")
    private String callingDevice;
    @UriParam(label = "producer")
    private String calledDirectoryNumber;
    @UriParam(label = "producer", defaultValue = "doNotPrompt")
    private String autoOriginate = "doNotPrompt";
    @UriParam(label = "producer")
    private String callId;
    @UriParam(label = "producer")
    private String deviceId;
    @UriParam(label = "producer")
    private String transferredTo;
    @UriParam(label = "producer")
    private String consultedDevice;
    @UriParam(label = "producer")
    private String snapshotObject;
    @UriParam(label = "producer")
    private String requestingDevice;
    @UriParam(label = "producer")
    private String deviceObject;
    @UriParam(label = "producer")
    private String heldCallId;
    @UriParam(label = "producer")
    private String heldDeviceId;
    @UriParam(label = "producer")
    private String newDestination;
    @UriParam(label = "producer")
    private String charactersToSend;
    @UriParam(label = "producer")
    private String device;
    @UriParam(label = "producer")
    private Boolean doNotDisturbOn;
    @UriParam(label = "producer")
    private String forwardingType;
    @UriParam(label = "producer")
    private Boolean activateForward;
    @UriParam(label = "producer")
    private String forwardDN;
    @UriParam(label = "producer")
    private Integer ringDuration;
    @UriParam(label = "producer")
    private String agentDN;
    @UriParam(label = "producer")
    private Boolean activateAgent;
    @UriParam(label = "producer")
    private Boolean activateSip;
    @UriParam(label = "producer")
    private Boolean activateMobile;
    @UriParam(label = "producer")
    private Boolean activateSkype;
    @UriParam(label = "producer")
    private Integer agentPosition;
    @UriParam(label = "producer,advanced")
    private Boolean synchronous;

    @UriParam(label = "consumer")
    private String devices;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean trunk;
    @UriParam(label = "consumer")
    private String eventTypes;
    @UriParam(label = "consumer,advanced", defaultValue = "1000")
    private int eventQueueCapacity = 1000;
    @UriParam(label = "consumer", defaultValue = "never", enums = "never,afterReconnect,always")
    private String monitorSnapshot = "never";
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean eventId;

    public CstaEndpoint(String uri, CstaComponent component, CstaConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CstaComponent getComponent() {
        return (CstaComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (MONITOR.equals(operation)) {
            throw new IllegalArgumentException("csta:monitor receives events and cannot send; use an operation such as "
                                               + "csta:makeCall to send requests");
        }
        return new CstaProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!MONITOR.equals(operation)) {
            throw new IllegalArgumentException("csta:" + operation + " sends requests; only csta:monitor receives events");
        }
        if (!transportType().hasEvents()) {
            throw new IllegalArgumentException("csta:monitor needs events, which only the xml and socketio transports carry; "
                                               + "transport " + configuration.getTransport() + " has none");
        }
        if (deviceList().isEmpty()) {
            throw new IllegalArgumentException("csta:monitor needs the devices to monitor, e.g. csta:monitor?devices=123,124, "
                                               + "or the whole trunk, csta:monitor?trunk=true");
        }
        CstaConsumer consumer = new CstaConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** Refuses bad consumer options when the endpoint is created, not when its route starts. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        deviceList();
        eventTypeSet();
        snapshotMode();
        WireDialect.parse(configuration.getDialect());
    }

    CstaSession acquireSession() {
        return getComponent().acquireSession(this);
    }

    void releaseSession(CstaSession session) {
        getComponent().releaseSession(session);
    }

    /** The session settings of this endpoint's connection options. */
    SessionSettings sessionSettings() {
        SessionSettings.Builder builder = SessionSettings.builder()
                .transport(transportType())
                .host(configuration.getHost())
                .port(configuration.getPort())
                .credentials(configuration.getUsername(), configuration.getPassword(), configuration.getPbxDomain())
                .sessionDuration(configuration.getSessionDuration())
                .keepAlive(configuration.isKeepAlive())
                .connectTimeout(Duration.ofMillis(configuration.getConnectTimeout()))
                .reconnectDelay(Duration.ofMillis(configuration.getReconnectDelay()),
                        Duration.ofMillis(configuration.getMaxReconnectDelay()))
                .maxFrameSize(configuration.getMaxFrameSize())
                .maxQueuedBytes(configuration.getMaxQueuedEventBytes())
                .dialect(WireDialect.parse(configuration.getDialect()));
        if (configuration.getSslContextParameters() != null) {
            try {
                builder.tls(configuration.getSslContextParameters().createSSLContext(getCamelContext()),
                        configuration.isVerifyHostname());
            } catch (Exception e) {
                throw new IllegalArgumentException("invalid sslContextParameters: " + e.getMessage(), e);
            }
        } else {
            builder.tls(null, configuration.isVerifyHostname());
        }
        return builder.build();
    }

    TransportType transportType() {
        return TransportType.of(configuration.getTransport());
    }

    Duration requestTimeout() {
        return Duration.ofMillis(configuration.getRequestTimeout());
    }

    /** The devices to monitor, each once, in the order given; the trunk as the provider names it, {@code 1}. */
    List<String> deviceList() {
        Set<String> list = names("devices", devices);
        if (trunk) {
            list.add(MonitorTrunk.TRUNK);
        }
        return List.copyOf(list);
    }

    /**
     * The event names to route, or none for all. A snapshot asked for by {@code monitorSnapshot} is routed whatever
     * the filter: the filter is about the PBX's events, and the snapshot option is the explicit request.
     */
    Set<String> eventTypeSet() {
        Set<String> names = new HashSet<>(names("eventTypes", eventTypes));
        if (!names.isEmpty() && snapshotMode() != SnapshotMode.NEVER) {
            names.add(MonitorSnapshot.NAME);
        }
        return Set.copyOf(names);
    }

    SnapshotMode snapshotMode() {
        return switch (monitorSnapshot == null ? "never" : monitorSnapshot.trim()) {
            case "never" -> SnapshotMode.NEVER;
            case "afterReconnect" -> SnapshotMode.AFTER_RECONNECT;
            case "always" -> SnapshotMode.ALWAYS;
            default -> throw new IllegalArgumentException("monitorSnapshot=" + monitorSnapshot
                                                          + " is not one of never, afterReconnect, always");
        };
    }

    /** A comma-separated list of names, without repeats; an empty name is a mistake (e.g. {@code 123,,124}). */
    private static Set<String> names(String option, String list) {
        Set<String> names = new LinkedHashSet<>();
        if (list == null || list.isBlank()) {
            return names;
        }
        for (String name : list.split(",", -1)) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException(option + "=" + list + " has an empty name; separate the names by single "
                                                   + "commas, e.g. " + option + "=" + (option.equals("devices")
                                                           ? "123,124" : "DeliveredEvent,EstablishedEvent"));
            }
            names.add(trimmed);
        }
        return names;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getHost() + ":" + (configuration.getPort() > 0 ? configuration.getPort() : transportType().defaultPort());
    }

    @Override
    public String getServiceProtocol() {
        return "csta-" + configuration.getTransport();
    }

    public String getOperation() {
        return operation;
    }

    /**
     * The CSTA request to send, or monitor for the consumer.
     */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    public CstaConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The connection settings, taken from the component and overridden by this endpoint's options.
     */
    public void setConfiguration(CstaConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getCallingDevice() {
        return callingDevice;
    }

    /**
     * makeCall: the device that calls (header CamelCstaCallingDevice).
     */
    public void setCallingDevice(String callingDevice) {
        this.callingDevice = callingDevice;
    }

    public String getCalledDirectoryNumber() {
        return calledDirectoryNumber;
    }

    /**
     * makeCall: the number to call, internal or external (header CamelCstaCalledDirectoryNumber).
     */
    public void setCalledDirectoryNumber(String calledDirectoryNumber) {
        this.calledDirectoryNumber = calledDirectoryNumber;
    }

    public String getAutoOriginate() {
        return autoOriginate;
    }

    /**
     * makeCall: doNotPrompt connects the calling device at once, without it picking up first.
     */
    public void setAutoOriginate(String autoOriginate) {
        this.autoOriginate = autoOriginate;
    }

    public String getCallId() {
        return callId;
    }

    /**
     * The callID of the call leg that singleStepTransferCall, consultationCall, clearConnection, directedPickupCall,
     * answerCall, holdCall, retrieveCall, deflectCall and generateDigits act on, and of the active leg of transferCall
     * and reconnectCall (header CamelCstaCallId).
     */
    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getDeviceId() {
        return deviceId;
    }

    /**
     * The device of that call leg (header CamelCstaDeviceId).
     */
    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    /**
     * singleStepTransferCall: where to transfer the call (header CamelCstaTransferredTo).
     */
    public void setTransferredTo(String transferredTo) {
        this.transferredTo = transferredTo;
    }

    public String getConsultedDevice() {
        return consultedDevice;
    }

    /**
     * consultationCall: the device to consult (header CamelCstaConsultedDevice).
     */
    public void setConsultedDevice(String consultedDevice) {
        this.consultedDevice = consultedDevice;
    }

    public String getSnapshotObject() {
        return snapshotObject;
    }

    /**
     * snapshotDevice: the device as number, at sign and PBX domain (2020), or as u-trunk-extension, q-trunk-queue or
     * t-trunk (current server) (header CamelCstaSnapshotObject).
     */
    public void setSnapshotObject(String snapshotObject) {
        this.snapshotObject = snapshotObject;
    }

    public String getRequestingDevice() {
        return requestingDevice;
    }

    /**
     * directedPickupCall: the device that picks the call up (header CamelCstaRequestingDevice).
     */
    public void setRequestingDevice(String requestingDevice) {
        this.requestingDevice = requestingDevice;
    }

    public String getDeviceObject() {
        return deviceObject;
    }

    /**
     * monitorStart: the device to monitor (header CamelCstaDeviceObject). To receive events, use the monitor
     * consumer instead.
     */
    public void setDeviceObject(String deviceObject) {
        this.deviceObject = deviceObject;
    }

    public String getHeldCallId() {
        return heldCallId;
    }

    /**
     * transferCall and reconnectCall: the callID of the held leg (header CamelCstaHeldCallId); the active leg is callId and deviceId.
     */
    public void setHeldCallId(String heldCallId) {
        this.heldCallId = heldCallId;
    }

    public String getHeldDeviceId() {
        return heldDeviceId;
    }

    /**
     * transferCall and reconnectCall: the device of the held leg (header CamelCstaHeldDeviceId).
     */
    public void setHeldDeviceId(String heldDeviceId) {
        this.heldDeviceId = heldDeviceId;
    }

    public String getNewDestination() {
        return newDestination;
    }

    /**
     * deflectCall: where the ringing call goes instead (header CamelCstaNewDestination).
     */
    public void setNewDestination(String newDestination) {
        this.newDestination = newDestination;
    }

    public String getCharactersToSend() {
        return charactersToSend;
    }

    /**
     * generateDigits: the DTMF digits to send, e.g. 123 (header CamelCstaCharactersToSend).
     */
    public void setCharactersToSend(String charactersToSend) {
        this.charactersToSend = charactersToSend;
    }

    public String getDevice() {
        return device;
    }

    /**
     * getDoNotDisturb, setDoNotDisturb, getForwarding, setForwarding, getCallProfile, setCallProfile: the device; getQueue, getQueueMember, setQueueMember: the queue (header CamelCstaDevice).
     */
    public void setDevice(String device) {
        this.device = device;
    }

    public Boolean getDoNotDisturbOn() {
        return doNotDisturbOn;
    }

    /**
     * setDoNotDisturb: true to turn do-not-disturb on, false to turn it off (header CamelCstaDoNotDisturbOn).
     */
    public void setDoNotDisturbOn(Boolean doNotDisturbOn) {
        this.doNotDisturbOn = doNotDisturbOn;
    }

    public String getForwardingType() {
        return forwardingType;
    }

    /**
     * setForwarding: the rule, forwardImmediate or forwardNoAns (header CamelCstaForwardingType).
     */
    public void setForwardingType(String forwardingType) {
        this.forwardingType = forwardingType;
    }

    public Boolean getActivateForward() {
        return activateForward;
    }

    /**
     * setForwarding: true to turn the rule on, false to turn it off (header CamelCstaActivateForward).
     */
    public void setActivateForward(Boolean activateForward) {
        this.activateForward = activateForward;
    }

    public String getForwardDN() {
        return forwardDN;
    }

    /**
     * setForwarding: where calls go (header CamelCstaForwardDN).
     */
    public void setForwardDN(String forwardDN) {
        this.forwardDN = forwardDN;
    }

    public Integer getRingDuration() {
        return ringDuration;
    }

    /**
     * setForwarding: seconds to ring before a no-answer forward (header CamelCstaRingDuration).
     */
    public void setRingDuration(Integer ringDuration) {
        this.ringDuration = ringDuration;
    }

    public String getAgentDN() {
        return agentDN;
    }

    /**
     * setQueueMember: the agent's device (header CamelCstaAgentDN).
     */
    public void setAgentDN(String agentDN) {
        this.agentDN = agentDN;
    }

    public Boolean getActivateAgent() {
        return activateAgent;
    }

    /**
     * setQueueMember: whether the agent is a signed-in member; to sign out of every channel, keep it true and set the channels false (header CamelCstaActivateAgent).
     */
    public void setActivateAgent(Boolean activateAgent) {
        this.activateAgent = activateAgent;
    }

    public Boolean getActivateSip() {
        return activateSip;
    }

    /**
     * setQueueMember: the SIP phone channel (header CamelCstaActivateSip).
     */
    public void setActivateSip(Boolean activateSip) {
        this.activateSip = activateSip;
    }

    public Boolean getActivateMobile() {
        return activateMobile;
    }

    /**
     * setQueueMember: the mobile channel (header CamelCstaActivateMobile).
     */
    public void setActivateMobile(Boolean activateMobile) {
        this.activateMobile = activateMobile;
    }

    public Boolean getActivateSkype() {
        return activateSkype;
    }

    /**
     * setQueueMember: the Skype channel (header CamelCstaActivateSkype).
     */
    public void setActivateSkype(Boolean activateSkype) {
        this.activateSkype = activateSkype;
    }

    public Integer getAgentPosition() {
        return agentPosition;
    }

    /**
     * setQueueMember: the agent's position in the queue (header CamelCstaAgentPosition).
     */
    public void setAgentPosition(Integer agentPosition) {
        this.agentPosition = agentPosition;
    }

    public String getDevices() {
        return devices;
    }

    /**
     * monitor: the devices to monitor, comma-separated, e.g. 123,124. A device named twice is monitored once; an
     * empty name (123,,124) is refused when the endpoint is created.
     */
    public void setDevices(String devices) {
        this.devices = devices;
    }

    public boolean isTrunk() {
        return trunk;
    }

    /**
     * monitor: monitor the whole trunk of the login (MonitorTrunk, current server): the route receives a
     * MonitorStartedEvent per user and queue, the trunk's OutgoingNumbersEvent after a snapshot of t-trunk, and the
     * call events of every user and queue and of the external parties (on t-trunk). The events of a user or queue
     * that has a monitor of its own on the same connection (devices=u-trunk-200) reach this route and that monitor's
     * routes, each once.
     */
    public void setTrunk(boolean trunk) {
        this.trunk = trunk;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    /**
     * monitor: only these events, comma-separated, e.g. DeliveredEvent,EstablishedEvent; all events when empty. It
     * filters the PBX's events only: the MonitorSnapshot exchanges that monitorSnapshot asks for always come.
     */
    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public int getEventQueueCapacity() {
        return eventQueueCapacity;
    }

    /**
     * monitor: how many events may wait for the route. When the queue is full the session stops reading from the
     * server until the route catches up, as long as no request waits for its reply (socket.io reads on: its
     * heartbeats share the connection). Memory is bounded by maxQueuedEventBytes. No event is dropped.
     */
    public void setEventQueueCapacity(int eventQueueCapacity) {
        this.eventQueueCapacity = eventQueueCapacity;
    }

    public String getMonitorSnapshot() {
        return monitorSnapshot;
    }

    /**
     * monitor: when to route a MonitorSnapshot exchange per device, telling the route that the device's monitor
     * (re)started and which calls the device has now, so that it can reconcile what it missed while the connection
     * was down: never; afterReconnect (each time the monitor starts again after a lost connection or session); always
     * (also at its first start). The exchange comes in the event order: CamelCstaEventType is MonitorSnapshot, the body
     * an org.camelcsta.client.MonitorSnapshot (convertBodyTo(String) gives its JSON), with the headers
     * CamelCstaMonitoredDevice, CamelCstaMonitorCrossRefId, CamelCstaMonitorRestarted and, when the calls could not be
     * read, CamelCstaSnapshotFailure.
     */
    public void setMonitorSnapshot(String monitorSnapshot) {
        this.monitorSnapshot = monitorSnapshot;
    }

    public boolean isEventId() {
        return eventId;
    }

    /**
     * monitor: whether each exchange gets the header CamelCstaEventId, the id of its event that every instance
     * receiving the event computes alike, for an idempotentConsumer across instances (active-active high
     * availability). It is a digest of the whole event, which costs more than the rest of the route's work per
     * event, so only a route that deduplicates asks for it.
     */
    public void setEventId(boolean eventId) {
        this.eventId = eventId;
    }

    public Boolean getSynchronous() {
        return synchronous;
    }

    /**
     * Whether the thread that sends a request waits for its reply and goes on with the route, as with any blocking
     * producer. Unset (the default), it does, except where it must not: on the component's own event threads, which
     * run every monitor route's events and every handed-over reply's continuation, and on a Netty event loop
     * (Vert.x's included). There the thread is freed while the request is on the wire, and the reply is handed over to the
     * event threads, where the route goes on; that costs a thread switch per request (8 to 12 us of the process's CPU
     * on an AMD EPYC, 21 to 26 us on an Intel Xeon; at one caller on xml a p50 latency of 1.63 to 1.78 times a raw
     * client's, against 1.06 to 1.20 waiting). true makes every thread wait; it suits a thread that waits anyway, such
     * as a ProducerTemplate's caller inside a monitor route. false never holds the sending thread.
     */
    public void setSynchronous(Boolean synchronous) {
        this.synchronous = synchronous;
    }
}
