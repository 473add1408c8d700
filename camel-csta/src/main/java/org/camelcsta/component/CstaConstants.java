package org.camelcsta.component;

import org.apache.camel.spi.Metadata;

/**
 * The message headers that the csta component reads and sets.
 * <p>
 * The rule: what a consumer or a reply reports is set under names that no producer reads (e.g.
 * {@link #EVENT_CALLING_DEVICE}), so that a header set by one step never silently changes which device a later
 * request acts on. The only exception, on purpose, is the call leg ({@link #CALL_ID} with {@link #DEVICE_ID}):
 * an event or a reply names the leg, and the next request acts on it.
 */
public final class CstaConstants {

    @Metadata(label = "producer", description = "The calling device of makeCall. Input only: no consumer or reply sets it "
                                                + "(an event's calling device is CamelCstaEventCallingDevice).",
              javaType = "String")
    public static final String CALLING_DEVICE = "CamelCstaCallingDevice";
    @Metadata(label = "producer", description = "The number that makeCall calls.", javaType = "String")
    public static final String CALLED_DIRECTORY_NUMBER = "CamelCstaCalledDirectoryNumber";
    @Metadata(description = "Producer: with CamelCstaDeviceId, the call leg of singleStepTransferCall (activeCall), "
                            + "consultationCall (existingCall), clearConnection (connectionToBeCleared) and directedPickupCall "
                            + "(callToBePickedUp). Set from replies that name a call, and from events (the event's connection): "
                            + "the call leg is the one input that flows from one step to the next on purpose.",
              javaType = "String", important = true)
    public static final String CALL_ID = "CamelCstaCallId";
    @Metadata(description = "Producer: the device of the call leg given by CamelCstaCallId. Set from replies that name a "
                            + "call (for snapshotDevice: of the first connection) and from events (the event's connection).",
              javaType = "String", important = true)
    public static final String DEVICE_ID = "CamelCstaDeviceId";
    @Metadata(label = "producer", description = "The destination of singleStepTransferCall.", javaType = "String")
    public static final String TRANSFERRED_TO = "CamelCstaTransferredTo";
    @Metadata(label = "producer", description = "The device that consultationCall calls.", javaType = "String")
    public static final String CONSULTED_DEVICE = "CamelCstaConsultedDevice";
    @Metadata(label = "producer", description = "The device of snapshotDevice: number, at sign and PBX domain.",
              javaType = "String")
    public static final String SNAPSHOT_OBJECT = "CamelCstaSnapshotObject";
    @Metadata(label = "producer", description = "The device that picks the call up in directedPickupCall.",
              javaType = "String")
    public static final String REQUESTING_DEVICE = "CamelCstaRequestingDevice";
    @Metadata(label = "producer", description = "The device that monitorStart monitors.", javaType = "String")
    public static final String DEVICE_OBJECT = "CamelCstaDeviceObject";
    @Metadata(label = "producer", description = "The session length in seconds for resetApplicationSessionTimer and "
                                                + "startApplicationSession.", javaType = "Integer")
    public static final String SESSION_DURATION = "CamelCstaSessionDuration";

    @Metadata(label = "producer", description = "The name of the reply, e.g. MakeCallResponse.", javaType = "String")
    public static final String MESSAGE_TYPE = "CamelCstaMessageType";
    @Metadata(description = "The monitor's cross-reference id: of the reply to monitorStart, of every event and of "
                            + "every MonitorSnapshot.",
              javaType = "String")
    public static final String MONITOR_CROSS_REF_ID = "CamelCstaMonitorCrossRefId";
    @Metadata(label = "producer", description = "The session id of the reply to startApplicationSession.",
              javaType = "String")
    public static final String SESSION_ID = "CamelCstaSessionId";

    @Metadata(label = "consumer", description = "The event's name, e.g. DeliveredEvent, EstablishedEvent, "
                                                + "ConnectionClearedEvent, the name of an unmodelled event, or MonitorSnapshot "
                                                + "(option monitorSnapshot).",
              javaType = "String", important = true)
    public static final String EVENT_TYPE = "CamelCstaEventType";
    @Metadata(label = "consumer", description = "An id of the event that every instance and session receiving it computes "
                                                + "alike (a digest of its content, see docs/high-availability.md), for "
                                                + "idempotentConsumer across instances.",
              javaType = "String")
    public static final String EVENT_ID = "CamelCstaEventId";
    @Metadata(label = "consumer", description = "Why the event happened, e.g. newCall, normal, normalClearing.",
              javaType = "String")
    public static final String CAUSE = "CamelCstaCause";
    @Metadata(label = "consumer", description = "The event's calling device (no producer reads it: to call it back, set "
                                                + "CamelCstaCallingDevice or CamelCstaCalledDirectoryNumber from it).",
              javaType = "String")
    public static final String EVENT_CALLING_DEVICE = "CamelCstaEventCallingDevice";
    @Metadata(label = "consumer", description = "The event's called device (no producer reads it).", javaType = "String")
    public static final String EVENT_CALLED_DEVICE = "CamelCstaEventCalledDevice";

    @Metadata(label = "consumer", description = "MonitorSnapshot exchanges (option monitorSnapshot): the monitored device, "
                                                + "as in the option devices (no producer reads it).", javaType = "String")
    public static final String MONITORED_DEVICE = "CamelCstaMonitoredDevice";
    @Metadata(label = "consumer", description = "MonitorSnapshot exchanges: true when the monitor started again after a "
                                                + "reconnect (events may have been missed), false at its first start.",
              javaType = "Boolean")
    public static final String MONITOR_RESTARTED = "CamelCstaMonitorRestarted";
    @Metadata(label = "consumer", description = "MonitorSnapshot exchanges: why the device's calls could not be read; "
                                                + "absent when the snapshot holds them. With it, the body's calls are empty "
                                                + "but not known to be none.", javaType = "String")
    public static final String SNAPSHOT_FAILURE = "CamelCstaSnapshotFailure";

    private CstaConstants() {
    }
}
