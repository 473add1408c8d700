package org.camelcsta.protocol.model;

/**
 * An event of a monitored device about one of its calls. The accessors give the parts that every call
 * event has under whichever name the message uses for them.
 */
public interface CallEvent extends CstaEvent {

    /** The monitor that produced the event, as returned by {@code MonitorStartResponse}. */
    String monitorCrossRefId();

    /** The monitored device's connection (its call leg) that the event is about. */
    ConnectionId connection();

    /** Why the event happened ({@code newCall}, {@code normal}, {@code normalClearing}, or free text). */
    String cause();

    /** The calling party, where the event names one. */
    default DeviceIdentifier callingDevice() {
        return null;
    }

    /** The called party, where the event names one. */
    default DeviceIdentifier calledDevice() {
        return null;
    }
}
