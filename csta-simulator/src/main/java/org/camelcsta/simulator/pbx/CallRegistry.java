package org.camelcsta.simulator.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.simulator.LegState;

/**
 * The calls in progress and every leg by its {@code callID}: the bookkeeping that the call flows share. It decides
 * nothing and sends no events. Ended legs are remembered for a while, so that clearing one twice is told apart
 * from an unknown {@code callID}.
 */
final class CallRegistry {

    private static final int ENDED_LEGS_REMEMBERED = 10_000;

    private final DeviceDirectory devices;
    private final QueueDirectory queues;
    private final CallIds ids = new CallIds();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Leg> activeLegs = new LinkedHashMap<>();
    private final Map<String, Leg> endedLegs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Leg> eldest) {
            return size() > ENDED_LEGS_REMEMBERED;
        }
    };

    CallRegistry(DeviceDirectory devices, QueueDirectory queues) {
        this.devices = devices;
        this.queues = queues;
    }

    /** A new call, not yet in progress: {@link #add(Call)} it once its first leg is in. */
    Call newCall(String callingParty, String calledParty, String callerName) {
        return new Call(ids.nextGlobalCallLinkageId(), callingParty, calledParty, callerName);
    }

    void add(Call call) {
        calls.add(call);
    }

    void remove(Call call) {
        calls.remove(call);
    }

    /** The calls in progress, oldest first. */
    List<Call> calls() {
        return calls;
    }

    /** A new active leg with a fresh {@code callID}, in no call yet. */
    Leg newLeg(String party, Leg.Direction direction, LegState state) {
        return newLeg(ids.nextLegCallId(), party, direction, state);
    }

    /** A new active leg with the given {@code callID} (a consultation's {@code -att} leg), in no call yet. */
    Leg newLeg(String callId, String party, Leg.Direction direction, LegState state) {
        Leg.PartyKind kind = devices.isDevice(party) ? Leg.PartyKind.DEVICE
                : queues.isQueue(party) ? Leg.PartyKind.QUEUE : Leg.PartyKind.EXTERNAL;
        Leg leg = new Leg(callId, party, kind, direction, state);
        activeLegs.put(leg.callId(), leg);
        return leg;
    }

    /** Whether a callID is in use now (a consultation's {@code -att} id may not be, twice at once). */
    boolean isInUse(String callId) {
        return activeLegs.containsKey(callId);
    }

    /** The leg has ended: its {@code callID} is remembered as ended, and no consultation refers to it any more. */
    void retire(Leg leg) {
        activeLegs.remove(leg.callId());
        endedLegs.put(leg.callId(), leg);
        for (Call call : calls) {
            if (call.consultationHeldLeg() == leg) {
                call.consultationHeldLeg(null);
            }
        }
    }

    boolean isActive(Leg leg) {
        return activeLegs.get(leg.callId()) == leg;
    }

    /** The party's active legs, oldest first. */
    List<Leg> legsOf(String party) {
        return activeLegs.values().stream().filter(leg -> leg.party().equals(party)).toList();
    }

    /**
     * The leg a request names: by its callID; a deviceID that is another party of the same call selects that
     * party's leg (clients often send the callID they saw in another party's event).
     *
     * @param clearing whether the request clears the leg (an ended leg is then {@code noConnectionToClear})
     */
    Leg resolve(ConnectionId connection, boolean clearing) {
        String callId = connection.callId();
        Leg leg = activeLegs.get(callId);
        if (leg == null) {
            if (endedLegs.containsKey(callId)) {
                if (clearing) {
                    throw new PbxException("stateIncompatibility", "noConnectionToClear",
                            "connection " + callId + " has already been cleared");
                }
                throw PbxException.invalidCallId(callId, "has ended");
            }
            throw PbxException.invalidCallId(callId, "is not known");
        }
        String device = connection.deviceId() == null || connection.deviceId().isBlank() ? null
                : DeviceDirectory.numberOf(connection.deviceId());
        if (device == null || device.equals(leg.party())) {
            return leg;
        }
        Optional<Leg> sibling = leg.call().legOf(device);
        return sibling.orElseThrow(() -> new PbxException("operation", "invalidConnectionID",
                "device " + device + " is not in the call of callID " + callId));
    }
}
