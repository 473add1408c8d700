package org.camelcsta.protocol.model;

/**
 * Monitors the whole trunk of the login: every user and queue. Answered by a {@link MonitorStartResponse}, then one
 * {@link MonitorStartedEvent} per user and queue.
 *
 * @param monitorObject {@code deviceObject} {@code 1}, the trunk
 * @param test          TEST mode, or {@code null}
 * @param privateData   {@code privateData}, or {@code null}
 */
public record MonitorTrunk(MonitorObject monitorObject, String test, PrivateData privateData) implements CstaRequest {

    /** The device object that names the trunk. */
    public static final String TRUNK = "1";

    /** The request for the trunk of the login. */
    public MonitorTrunk() {
        this(new MonitorObject(TRUNK), null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("monitorObject.deviceObject", monitorObject == null ? null : monitorObject.deviceObject())
                .check();
    }
}
