package org.camelcsta.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;

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
                           + "resetApplicationSessionTimer, startApplicationSession, or any other request name such as "
                           + "holdCall, sent from a Map body); or monitor for the consumer.")
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

    @UriParam(label = "consumer")
    private String devices;
    @UriParam(label = "consumer")
    private String eventTypes;
    @UriParam(label = "consumer,advanced", defaultValue = "1000")
    private int eventQueueCapacity = 1000;

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
            throw new IllegalArgumentException("csta:monitor needs the devices to monitor, e.g. csta:monitor?devices=123,124");
        }
        CstaConsumer consumer = new CstaConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
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
                .maxFrameSize(configuration.getMaxFrameSize());
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

    List<String> deviceList() {
        return split(devices);
    }

    Set<String> eventTypeSet() {
        return Set.copyOf(split(eventTypes));
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
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
     * The callID of the call leg that singleStepTransferCall, consultationCall, clearConnection and
     * directedPickupCall act on (header CamelCstaCallId).
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
     * snapshotDevice: the device as number, at sign and PBX domain, or as u-trunk-extension (header
     * CamelCstaSnapshotObject).
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

    public String getDevices() {
        return devices;
    }

    /**
     * monitor: the devices to monitor, comma-separated, e.g. 123,124.
     */
    public void setDevices(String devices) {
        this.devices = devices;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    /**
     * monitor: only these events, comma-separated, e.g. DeliveredEvent,EstablishedEvent; all events when empty.
     */
    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public int getEventQueueCapacity() {
        return eventQueueCapacity;
    }

    /**
     * monitor: how many events may wait for the route. When the queue is full the session stops reading from the
     * server until the route catches up, as long as no request waits for its reply; at eight times this it stops
     * regardless. No event is dropped.
     */
    public void setEventQueueCapacity(int eventQueueCapacity) {
        this.eventQueueCapacity = eventQueueCapacity;
    }
}
