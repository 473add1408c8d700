package org.camelcsta.protocol.model;

/**
 * Starts a monitor: the server then pushes the device's call events.
 *
 * @param monitorObject the device to watch
 * @param test          TEST mode, or {@code null}
 * @param privateData   {@code privateData}, or {@code null}
 */
public record MonitorStart(MonitorObject monitorObject, String test, PrivateData privateData) implements CstaRequest {

    public MonitorStart(String deviceObject) {
        this(new MonitorObject(deviceObject), null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("monitorObject.deviceObject", monitorObject == null ? null : monitorObject.deviceObject())
                .check();
    }
}
