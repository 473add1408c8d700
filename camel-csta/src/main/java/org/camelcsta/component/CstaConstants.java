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
                            + "consultationCall (existingCall), clearConnection (connectionToBeCleared), directedPickupCall "
                            + "(callToBePickedUp), answerCall, holdCall, retrieveCall, deflectCall, generateDigits, and the active "
                            + "leg of transferCall and reconnectCall. Set from replies that name a call, and from events (the event's connection): "
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
    @Metadata(label = "producer", description = "The object of snapshotDevice: number, at sign and PBX domain (2020), or u-trunk-extension, "
                                                + "q-trunk-queue, t-trunk (current server).",
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

    @Metadata(description = "Producer: with CamelCstaHeldDeviceId, the held leg (heldCall) of transferCall and reconnectCall. Set, with the consultation leg in CamelCstaCallId, from the reply to consultationCall: like the call leg, it flows from one step to the next on purpose.",
              javaType = "String", important = true)
    public static final String HELD_CALL_ID = "CamelCstaHeldCallId";
    @Metadata(description = "Producer: the device of the held leg given by CamelCstaHeldCallId.",
              javaType = "String", important = true)
    public static final String HELD_DEVICE_ID = "CamelCstaHeldDeviceId";
    @Metadata(label = "producer", description = "Where deflectCall sends the ringing call.",
              javaType = "String")
    public static final String NEW_DESTINATION = "CamelCstaNewDestination";
    @Metadata(label = "producer", description = "The DTMF digits that generateDigits sends.",
              javaType = "String")
    public static final String CHARACTERS_TO_SEND = "CamelCstaCharactersToSend";
    @Metadata(label = "producer", description = "The device (or queue) of getDoNotDisturb, setDoNotDisturb, getForwarding, setForwarding, getCallProfile, setCallProfile, getQueue, getQueueMember and setQueueMember. Input only: an event's device is CamelCstaEventDevice.",
              javaType = "String")
    public static final String DEVICE = "CamelCstaDevice";
    @Metadata(label = "producer", description = "setDoNotDisturb: true to turn do-not-disturb on. Input only: the state read is CamelCstaReplyDoNotDisturbOn or CamelCstaEventDoNotDisturbOn.",
              javaType = "Boolean")
    public static final String DO_NOT_DISTURB_ON = "CamelCstaDoNotDisturbOn";
    @Metadata(label = "producer", description = "setForwarding: forwardImmediate or forwardNoAns.",
              javaType = "String")
    public static final String FORWARDING_TYPE = "CamelCstaForwardingType";
    @Metadata(label = "producer", description = "setForwarding: true to turn the rule on.",
              javaType = "Boolean")
    public static final String ACTIVATE_FORWARD = "CamelCstaActivateForward";
    @Metadata(label = "producer", description = "setForwarding: where calls go.",
              javaType = "String")
    public static final String FORWARD_DN = "CamelCstaForwardDN";
    @Metadata(label = "producer", description = "setForwarding: seconds to ring before a no-answer forward.",
              javaType = "Integer")
    public static final String RING_DURATION = "CamelCstaRingDuration";
    @Metadata(label = "producer", description = "setQueueMember: the agent's device.",
              javaType = "String")
    public static final String AGENT_DN = "CamelCstaAgentDN";
    @Metadata(label = "producer", description = "setQueueMember: whether the agent is a signed-in member (keep true to sign out of every channel).",
              javaType = "Boolean")
    public static final String ACTIVATE_AGENT = "CamelCstaActivateAgent";
    @Metadata(label = "producer", description = "setQueueMember: the SIP phone channel.",
              javaType = "Boolean")
    public static final String ACTIVATE_SIP = "CamelCstaActivateSip";
    @Metadata(label = "producer", description = "setQueueMember: the mobile channel.",
              javaType = "Boolean")
    public static final String ACTIVATE_MOBILE = "CamelCstaActivateMobile";
    @Metadata(label = "producer", description = "setQueueMember: the Skype channel.",
              javaType = "Boolean")
    public static final String ACTIVATE_SKYPE = "CamelCstaActivateSkype";
    @Metadata(label = "producer", description = "setQueueMember: the agent's position in the queue.",
              javaType = "Integer")
    public static final String AGENT_POSITION = "CamelCstaAgentPosition";

    @Metadata(label = "producer", description = "The name of the reply, e.g. MakeCallResponse.", javaType = "String")
    public static final String MESSAGE_TYPE = "CamelCstaMessageType";
    @Metadata(description = "The monitor's cross-reference id: of the reply to monitorStart, of every event and of "
                            + "every MonitorSnapshot.",
              javaType = "String")
    public static final String MONITOR_CROSS_REF_ID = "CamelCstaMonitorCrossRefId";
    @Metadata(label = "producer", description = "The session id of the reply to startApplicationSession.",
              javaType = "String")
    public static final String SESSION_ID = "CamelCstaSessionId";

    @Metadata(label = "producer", description = "The reply to getDoNotDisturb: whether do-not-disturb is on (no producer reads it).",
              javaType = "Boolean")
    public static final String REPLY_DO_NOT_DISTURB_ON = "CamelCstaReplyDoNotDisturbOn";
    @Metadata(label = "producer", description = "The reply to getQueue: the queue's name.",
              javaType = "String")
    public static final String QUEUE_NAME = "CamelCstaQueueName";
    @Metadata(label = "producer", description = "The reply to getQueue: the queue's service level agreement (the longest wait, in seconds).",
              javaType = "String")
    public static final String SERVICE_LEVEL_AGREEMENT = "CamelCstaServiceLevelAgreement";
    @Metadata(label = "producer", description = "The reply to monitorStart (and the trunk monitor's): how many users and queues the monitor covers, where the server says.",
              javaType = "String")
    public static final String MONITOR_COUNT = "CamelCstaMonitorCount";

    @Metadata(label = "consumer", description = "The event's name, e.g. DeliveredEvent, EstablishedEvent, "
                                                + "ConnectionClearedEvent, the name of an unmodelled event, or MonitorSnapshot "
                                                + "(option monitorSnapshot).",
              javaType = "String", important = true)
    public static final String EVENT_TYPE = "CamelCstaEventType";
    @Metadata(label = "consumer", description = "An id of the event that every instance and session receiving it computes "
                                                + "alike (a digest of its content, see docs/high-availability.md), for "
                                                + "idempotentConsumer across instances. Set only with the option "
                                                + "eventId=true.",
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

    @Metadata(label = "consumer", description = "The device or queue that a DoNotDisturbEvent, ForwardingEvent, MonitorStartedEvent or queue event is about (no producer reads it).",
              javaType = "String")
    public static final String EVENT_DEVICE = "CamelCstaEventDevice";
    @Metadata(label = "consumer", description = "DoNotDisturbEvent: the new state.",
              javaType = "Boolean")
    public static final String EVENT_DO_NOT_DISTURB_ON = "CamelCstaEventDoNotDisturbOn";
    @Metadata(label = "consumer", description = "ForwardingEvent: whether the rule is on.",
              javaType = "Boolean")
    public static final String EVENT_FORWARD_STATUS = "CamelCstaEventForwardStatus";
    @Metadata(label = "consumer", description = "ForwardingEvent: the rule, e.g. forwardImmediate.",
              javaType = "String")
    public static final String EVENT_FORWARDING_TYPE = "CamelCstaEventForwardingType";
    @Metadata(label = "consumer", description = "ForwardingEvent: where calls go (no producer reads it).",
              javaType = "String")
    public static final String EVENT_FORWARD_TO = "CamelCstaEventForwardTo";
    @Metadata(label = "consumer", description = "Call events' privateData: the leg's state, e.g. Alerting, Ringing, Active, Held, Active_AttendedTransfer.",
              javaType = "String")
    public static final String EVENT_LOCAL_STATUS = "CamelCstaEventLocalStatus";
    @Metadata(label = "consumer", description = "Call events' privateData: Inbound or Outbound, as seen from the event's device.",
              javaType = "String")
    public static final String EVENT_CALL_DIRECTION = "CamelCstaEventCallDirection";
    @Metadata(label = "consumer", description = "Call events' privateData: the other party (no producer reads it).",
              javaType = "String")
    public static final String EVENT_REMOTE_USER = "CamelCstaEventRemoteUser";
    @Metadata(label = "consumer", description = "Call events' privateData: the calling party's name.",
              javaType = "String")
    public static final String EVENT_CALLER_NAME = "CamelCstaEventCallerName";
    @Metadata(label = "consumer", description = "Call events' privateData: the CSTA request that caused the event, e.g. MakeCall, HoldCall.",
              javaType = "String")
    public static final String EVENT_CSTA_CALL_REQUEST_TYPE = "CamelCstaEventCstaCallRequestType";
    @Metadata(label = "consumer", description = "Call events' privateData: whether a CSTA request caused the event.",
              javaType = "Boolean")
    public static final String EVENT_IS_CSTA_ORIGINATED = "CamelCstaEventIsCstaOriginated";

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
