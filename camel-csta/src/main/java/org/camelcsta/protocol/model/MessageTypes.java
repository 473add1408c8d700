package org.camelcsta.protocol.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages of the provider's API that have a typed record: wire name to class and back, including
 * the alternative spellings the server uses.
 */
public final class MessageTypes {

    private static final Map<String, Class<? extends CstaMessage>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<? extends CstaMessage>, String> NAMES = new LinkedHashMap<>();

    static {
        register(StartApplicationSession.class);
        register(StartApplicationSessionPosResponse.class);
        register(ResetApplicationSessionTimer.class);
        register(ResetApplicationSessionTimerPosResponse.class);
        register(MakeCall.class);
        register(MakeCallResponse.class);
        register(SingleStepTransferCall.class);
        register(SingleStepTransferCallResponse.class);
        register(ConsultationCall.class);
        register(ConsultationCallResponse.class);
        register(SnapshotDevice.class);
        register(SnapshotDeviceResponse.class);
        register(ClearConnection.class);
        register(ClearConnectionResponse.class);
        register(DirectedPickupCall.class);
        register(DirectedPickupCallResponse.class);
        register(MonitorStart.class);
        register(MonitorStartResponse.class);
        register(DeliveredEvent.class);
        register(EstablishedEvent.class);
        register(ConnectionClearedEvent.class);
        register(ApplicationSessionTerminated.class);
        register(AnswerCall.class);
        register(AnswerCallResponse.class);
        register(HoldCall.class);
        register(HoldCallResponse.class);
        register(RetrieveCall.class);
        register(RetrieveCallResponse.class);
        register(ReconnectCall.class);
        register(ReconnectCallResponse.class);
        register(TransferCall.class);
        register(TransferCallResponse.class);
        register(DeflectCall.class);
        register(DeflectCallResponse.class);
        register(GenerateDigits.class);
        register(GenerateDigitsResponse.class);
        register(GetDoNotDisturb.class);
        register(GetDoNotDisturbResponse.class);
        register(SetDoNotDisturb.class);
        register(SetDoNotDisturbResponse.class);
        register(GetForwarding.class);
        register(GetForwardingResponse.class);
        register(SetForwarding.class);
        register(SetForwardingResponse.class);
        register(GetCallProfile.class);
        register(GetCallProfileResponse.class);
        register(SetCallProfile.class);
        register(SetCallProfileResponse.class);
        register(GetQueue.class);
        register(GetQueueResponse.class);
        register(GetQueueMember.class);
        register(GetQueueMemberResponse.class);
        register(SetQueueMember.class);
        register(SetQueueMemberResponse.class);
        register(MonitorTrunk.class);
        register(HeldEvent.class);
        register(DivertedEvent.class);
        register(TransferedEvent.class);
        register(DoNotDisturbEvent.class);
        register(ForwardingEvent.class);
        register(MonitorStartedEvent.class);
        register(OutgoingNumbersEvent.class);
        register(QueueAddedEvent.class);
        register(QueueRemovedEvent.class);
        register(QueueMemberEvent.class);
        register(QueueStatisticsEvent.class);
        register("CSTAErrorCode", CstaErrorCode.class);
        BY_NAME.put("SnapShotDevice", SnapshotDevice.class);
        BY_NAME.put("SnapShotDeviceResponse", SnapshotDeviceResponse.class);
    }

    private MessageTypes() {
    }

    private static void register(Class<? extends CstaMessage> type) {
        register(type.getSimpleName(), type);
    }

    private static void register(String name, Class<? extends CstaMessage> type) {
        BY_NAME.put(name, type);
        NAMES.put(type, name);
    }

    /** The typed class of a wire name (either spelling), or {@code null} for an unmodelled message. */
    public static Class<? extends CstaMessage> typeOf(String name) {
        return BY_NAME.get(name);
    }

    /** The wire name of a typed class. */
    public static String nameOf(Class<?> type) {
        String name = NAMES.get(type);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " is not a CSTA message type");
        }
        return name;
    }

    /** The typed message classes, one per message. */
    public static Iterable<Class<? extends CstaMessage>> types() {
        return NAMES.keySet();
    }

    /**
     * Whether a message of this name is pushed by the server rather than sent in reply: the modelled
     * events, and every {@code ...Event} of the current server (HeldEvent, TransferedEvent, ...).
     */
    public static boolean isEvent(String name) {
        Class<? extends CstaMessage> type = typeOf(name);
        return type != null ? CstaEvent.class.isAssignableFrom(type) : name.endsWith("Event");
    }
}
