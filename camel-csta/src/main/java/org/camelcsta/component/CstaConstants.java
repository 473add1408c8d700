package org.camelcsta.component;

import org.apache.camel.spi.Metadata;

/** The message headers that the csta component reads and sets. */
public final class CstaConstants {

    @Metadata(description = "Producer: the calling device of makeCall. Consumer: the event's calling device.",
              javaType = "String")
    public static final String CALLING_DEVICE = "CamelCstaCallingDevice";
    @Metadata(label = "producer", description = "The number that makeCall calls.", javaType = "String")
    public static final String CALLED_DIRECTORY_NUMBER = "CamelCstaCalledDirectoryNumber";
    @Metadata(description = "Producer: with CamelCstaDeviceId, the call leg of singleStepTransferCall (activeCall), "
                            + "consultationCall (existingCall), clearConnection (connectionToBeCleared) and directedPickupCall "
                            + "(callToBePickedUp). Set from replies that name a call, and from events (the event's connection).",
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
    @Metadata(description = "The monitor's cross-reference id: of the reply to monitorStart, and of every event.",
              javaType = "String")
    public static final String MONITOR_CROSS_REF_ID = "CamelCstaMonitorCrossRefId";
    @Metadata(label = "producer", description = "The session id of the reply to startApplicationSession.",
              javaType = "String")
    public static final String SESSION_ID = "CamelCstaSessionId";

    @Metadata(label = "consumer", description = "The event's name, e.g. DeliveredEvent, EstablishedEvent, "
                                                + "ConnectionClearedEvent, or the name of an unmodelled event.",
              javaType = "String", important = true)
    public static final String EVENT_TYPE = "CamelCstaEventType";
    @Metadata(label = "consumer", description = "Why the event happened, e.g. newCall, normal, normalClearing.",
              javaType = "String")
    public static final String CAUSE = "CamelCstaCause";
    @Metadata(label = "consumer", description = "The event's called device.", javaType = "String")
    public static final String CALLED_DEVICE = "CamelCstaCalledDevice";

    private CstaConstants() {
    }
}
