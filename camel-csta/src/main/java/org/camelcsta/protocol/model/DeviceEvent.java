package org.camelcsta.protocol.model;

/**
 * An event of the current server about a device's or a queue's state rather than a call: do-not-disturb,
 * forwarding, queues, monitors.
 */
public interface DeviceEvent extends CstaEvent {

    /** The monitor that produced the event ({@code u-}, {@code q-} or {@code t-} object). */
    String monitorCrossRefId();

    /** The device or queue the event is about, where it names one; else {@code null}. */
    String device();
}
