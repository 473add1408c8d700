package org.camelcsta.simulator.pbx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;

/**
 * The PBX's call state machine: calls between devices and external numbers, one leg per party, and the
 * operations that move them (ring, answer, hang up, hold, retrieve, single-step and attended transfer, directed
 * pickup). Each change sends the matching events to the monitors of the devices involved, each about the
 * device's own leg.
 * <p>
 * Not thread-safe by design: every method must run on the {@link PbxExecutor} thread, which also runs the
 * auto-answer timers this model schedules.
 */
public final class CallModel {

    /** Ended legs are remembered so that clearing one twice is told apart from an unknown callID. */
    private static final int ENDED_LEGS_REMEMBERED = 10_000;

    private final DeviceDirectory devices;
    private final MonitorRegistry monitors;
    private final PbxExecutor executor;
    private final Duration externalAutoAnswer;
    private final CallEvents events;
    private final CallIds ids = new CallIds();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Leg> activeLegs = new LinkedHashMap<>();
    private final Map<String, Leg> endedLegs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Leg> eldest) {
            return size() > ENDED_LEGS_REMEMBERED;
        }
    };
    private final Map<String, Duration> autoAnswerDelays = new HashMap<>();

    /**
     * @param externalAutoAnswer how long an external number rings before it answers; {@code null}: it only rings
     */
    public CallModel(DeviceDirectory devices, MonitorRegistry monitors, PbxExecutor executor,
            Duration externalAutoAnswer) {
        this.devices = devices;
        this.monitors = monitors;
        this.executor = executor;
        this.externalAutoAnswer = externalAutoAnswer;
        this.events = new CallEvents(devices);
    }

    // ---------------------------------------------------------------- phones (control API)

    /** A call from {@code from} (external number or device) rings at device {@code to}. */
    public SimulatedCall incomingCall(String from, String to, String callerName) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("the calling number is missing");
        }
        String callee = requireDevice(to);
        if (from.equals(callee)) {
            throw new PbxException("operation", "invalidCalledDevice", "a device cannot call itself");
        }
        Call call = new Call(ids.nextGlobalCallLinkageId(), from, callee, blankToNull(callerName));
        Leg caller = newLeg(from, Leg.Direction.OUTBOUND, LegState.CONNECTED);
        Leg alerting = newLeg(callee, Leg.Direction.INBOUND, LegState.ALERTING);
        start(call, caller, alerting);
        return call.snapshot();
    }

    /** The party's ringing leg answers (the oldest, if several ring). */
    public void answerParty(String party) {
        Leg ringing = legsOf(party).stream().filter(leg -> leg.state() == LegState.ALERTING).findFirst()
                .orElseThrow(() -> new PbxException("stateIncompatibility", "invalidCallState",
                        "nothing rings at " + party));
        answer(ringing);
    }

    /** The party hangs up its current leg: the connected one, else the ringing one, else a held one. */
    public void hangupParty(String party) {
        List<Leg> legs = legsOf(party);
        Leg leg = legs.stream().filter(l -> l.state() == LegState.CONNECTED).findFirst()
                .or(() -> legs.stream().filter(l -> l.state() == LegState.ALERTING).findFirst())
                .or(() -> legs.stream().findFirst())
                .orElseThrow(() -> new PbxException("stateIncompatibility", "noConnectionToClear",
                        party + " is in no call"));
        release(leg);
    }

    /** The device answers calls that ring at it after {@code delay}; {@code null} turns this off. */
    public void autoAnswer(String device, Duration delay) {
        String number = requireDevice(device);
        if (delay == null) {
            autoAnswerDelays.remove(number);
        } else if (delay.isNegative()) {
            throw new IllegalArgumentException("auto-answer delay must not be negative: " + delay);
        } else {
            autoAnswerDelays.put(number, delay);
        }
    }

    /** Snapshots of the current calls, oldest first. */
    public List<SimulatedCall> calls() {
        return calls.stream().map(Call::snapshot).toList();
    }

    /** Whether two parties are in one call and both their legs are connected. */
    public boolean connected(String a, String b) {
        return calls.stream().anyMatch(call -> isConnected(call, a) && isConnected(call, b));
    }

    private static boolean isConnected(Call call, String party) {
        return call.legOf(party).map(leg -> leg.state() == LegState.CONNECTED).orElse(false);
    }

    // ---------------------------------------------------------------- CSTA requests

    /** Whether a number is an internal device of this PBX. */
    public boolean isDevice(String number) {
        return devices.isDevice(number);
    }

    /**
     * The device number of a device object ({@code 123}, {@code 123@domain}, {@code u-trunk-123}).
     *
     * @throws PbxException {@code operation: invalidDeviceID} where it is no device of this PBX
     */
    public String requireDevice(String deviceObject) {
        if (deviceObject == null || deviceObject.isBlank()) {
            throw new PbxException("operation", "invalidDeviceID", "the device is missing");
        }
        String number = DeviceDirectory.numberOf(deviceObject);
        if (!devices.isDevice(number)) {
            throw PbxException.invalidDeviceId(deviceObject);
        }
        return number;
    }

    /** MakeCall: the caller is connected at once, the called party rings. Returns the caller's leg. */
    public ConnectionId makeCall(String callingDevice, String calledNumber) {
        String calling = requireDevice(callingDevice);
        String called = DeviceDirectory.numberOf(calledNumber);
        if (calling.equals(called)) {
            throw new PbxException("operation", "invalidCalledDevice", "device " + calling + " cannot call itself");
        }
        Call call = new Call(ids.nextGlobalCallLinkageId(), calling, called, null);
        Leg caller = newLeg(calling, Leg.Direction.OUTBOUND, LegState.CONNECTED);
        Leg alerting = newLeg(called, Leg.Direction.INBOUND, LegState.ALERTING);
        start(call, caller, alerting);
        return caller.connectionId();
    }

    /** AnswerCall: a ringing leg answers. */
    public void answerCall(ConnectionId connection) {
        answer(resolve(connection, false));
    }

    /** ClearConnection: the leg's party hangs up. */
    public void clearConnection(ConnectionId connection) {
        release(resolve(connection, true));
    }

    /**
     * SingleStepTransferCall: the transferring party leaves the call and the other party is put through to
     * {@code transferredTo}, which rings. Returns {@code transferredTo}'s new leg.
     */
    public ConnectionId singleStepTransfer(ConnectionId activeCall, String transferredTo) {
        Leg leg = resolve(activeCall, false);
        if (leg.state() != LegState.CONNECTED && leg.state() != LegState.HELD) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " at " + leg.party() + " is "
                    + leg.state() + "; only an answered call can be transferred");
        }
        Call call = leg.call();
        Leg remaining = call.otherThan(leg)
                .orElseThrow(() -> PbxException.invalidCallState("the call has no other party to transfer"));
        String target = DeviceDirectory.numberOf(transferredTo);
        requireNewParty(target, leg, remaining);
        if (call.consultationHeldLeg() != null && call.consultationHeldLeg().party().equals(leg.party())) {
            call.consultationHeldLeg(null); // the consulting device left: no attended transfer any more
        }
        call.remove(leg);
        retire(leg);
        publish(leg, ref -> events.cleared(ref, leg, call, leg.party(), remaining.party(), "singleStepTransfer"));
        call.redirected(remaining.party(), target, leg.party());
        Leg added = newLeg(target, Leg.Direction.INBOUND, LegState.ALERTING);
        call.add(added);
        publish(remaining, ref -> events.delivered(ref, remaining, added, "singleStepTransfer"));
        publish(added, ref -> events.delivered(ref, added, added, "singleStepTransfer"));
        scheduleAutoAnswer(added);
        return added.connectionId();
    }

    /**
     * ConsultationCall: the existing call is held and its device calls {@code consultedDevice}. When the
     * consulting device later hangs up the consultation call, the held party and the consulted party are
     * connected (attended transfer). Returns the consulting device's leg of the consultation call.
     */
    public ConnectionId consultation(ConnectionId existingCall, String consultedDevice) {
        Leg existing = resolve(existingCall, false);
        if (!existing.isDevice()) {
            throw PbxException.invalidDeviceId(existing.party());
        }
        if (existing.state() != LegState.CONNECTED) {
            throw PbxException.invalidCallState("callID " + existing.callId() + " at " + existing.party() + " is "
                    + existing.state() + "; only a connected call can be held for a consultation");
        }
        Leg other = existing.call().otherThan(existing)
                .orElseThrow(() -> PbxException.invalidCallState("the call has no other party"));
        String target = DeviceDirectory.numberOf(consultedDevice);
        requireNewParty(target, existing, other);
        hold(existing, "normal");
        Call consultationCall = new Call(ids.nextGlobalCallLinkageId(), existing.party(), target, null);
        consultationCall.consultationHeldLeg(existing);
        Leg consulting = newLeg(existing.party(), Leg.Direction.OUTBOUND, LegState.CONNECTED);
        Leg consulted = newLeg(target, Leg.Direction.INBOUND, LegState.ALERTING);
        start(consultationCall, consulting, consulted);
        return consulting.connectionId();
    }

    /**
     * DirectedPickupCall: the ringing leg stops ringing and {@code requestingDevice} gets the call, connected.
     * Returns the requesting device's new leg.
     */
    public ConnectionId pickup(ConnectionId callToBePickedUp, String requestingDevice) {
        Leg ringing = resolve(callToBePickedUp, false);
        String requesting = requireDevice(requestingDevice);
        if (ringing.state() != LegState.ALERTING) {
            throw PbxException.invalidCallState("callID " + ringing.callId() + " at " + ringing.party()
                    + " is not ringing (" + ringing.state() + "); only a ringing call can be picked up");
        }
        if (requesting.equals(ringing.party())) {
            throw PbxException.invalidCallState("the call rings at " + requesting + " itself: answer it instead");
        }
        Call call = ringing.call();
        String other = call.otherThan(ringing).map(Leg::party).orElse(null);
        call.remove(ringing);
        retire(ringing);
        publish(ringing, ref -> events.cleared(ref, ringing, call, ringing.party(), other, "pickup"));
        call.redirected(call.callingParty(), call.calledParty(), ringing.party());
        Leg picked = newLeg(requesting, Leg.Direction.INBOUND, LegState.CONNECTED);
        call.add(picked);
        for (Leg party : List.copyOf(call.legs())) {
            publish(party, ref -> events.established(ref, party, picked, "pickup"));
        }
        return picked.connectionId();
    }

    /** HoldCall: a connected leg is put on hold. */
    public void holdCall(ConnectionId connection) {
        Leg leg = resolve(connection, false);
        if (leg.state() != LegState.CONNECTED) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " is " + leg.state()
                    + "; only a connected call can be held");
        }
        hold(leg, "normal");
    }

    /** RetrieveCall: a held leg is connected again. */
    public void retrieveCall(ConnectionId connection) {
        Leg leg = resolve(connection, false);
        if (leg.state() != LegState.HELD) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " is " + leg.state()
                    + "; only a held call can be retrieved");
        }
        leg.state(LegState.CONNECTED);
        for (Leg party : leg.call().legs()) {
            publish(party, ref -> events.retrieved(ref, party, leg, "normal"));
        }
    }

    /** SnapshotDevice: the device's current legs, each with its state and the other party. */
    public List<SnapshotConnection> snapshot(String deviceObject) {
        String device = requireDevice(deviceObject);
        return legsOf(device).stream()
                .map(leg -> new SnapshotConnection(leg.callId(), leg.party(), new SnapshotConnection.Status(
                        leg.localStatus(), leg.call().otherThan(leg).map(Leg::party).orElse(null))))
                .toList();
    }

    // ---------------------------------------------------------------- transitions

    private void start(Call call, Leg caller, Leg alerting) {
        call.add(caller);
        call.add(alerting);
        calls.add(call);
        publish(caller, ref -> events.delivered(ref, caller, alerting, "newCall"));
        publish(alerting, ref -> events.delivered(ref, alerting, alerting, "newCall"));
        scheduleAutoAnswer(alerting);
    }

    private void answer(Leg leg) {
        if (leg.state() != LegState.ALERTING) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " at " + leg.party() + " is "
                    + leg.state() + "; only a ringing call can be answered");
        }
        leg.state(LegState.CONNECTED);
        for (Leg party : leg.call().legs()) {
            publish(party, ref -> events.established(ref, party, leg, "normal"));
        }
    }

    private void hold(Leg leg, String cause) {
        leg.state(LegState.HELD);
        for (Leg party : leg.call().legs()) {
            publish(party, ref -> events.held(ref, party, leg, cause));
        }
    }

    /** A party hangs up: an attended transfer where it is the consulting device, else the call ends. */
    private void release(Leg leg) {
        Call call = leg.call();
        Leg held = call.consultationHeldLeg();
        if (held != null && held.party().equals(leg.party()) && held.state() == LegState.HELD && isActive(held)
                && held.call().otherThan(held).isPresent() && call.otherThan(leg).isPresent()) {
            attendedTransfer(leg, held);
        } else {
            endCall(call, leg, "normalClearing");
        }
    }

    private void endCall(Call call, Leg releasing, String cause) {
        calls.remove(call);
        List<Leg> legs = new ArrayList<>(call.legs());
        legs.sort(Comparator.comparing(leg -> leg == releasing ? 0 : 1));
        legs.forEach(this::retire);
        for (Leg leg : legs) {
            String remote = call.otherThan(leg).map(Leg::party).orElse(null);
            publish(leg, ref -> events.cleared(ref, leg, call, releasing.party(), remote, cause));
        }
    }

    /**
     * The consulting device hung up its consultation leg while the original call was on hold: its two legs
     * end and the consulted party's leg joins the original call, with the held party.
     */
    private void attendedTransfer(Leg consulting, Leg held) {
        Call consultationCall = consulting.call();
        Call original = held.call();
        Leg consulted = consultationCall.otherThan(consulting).orElseThrow();
        Leg heldParty = original.otherThan(held).orElseThrow();
        calls.remove(consultationCall);
        consultationCall.remove(consulting);
        consultationCall.remove(consulted);
        original.remove(held);
        retire(consulting);
        retire(held);
        original.add(consulted);
        original.redirected(heldParty.party(), consulted.party(), consulting.party());
        String middle = consulting.party();
        publish(consulting, ref -> events.cleared(ref, consulting, consultationCall, middle, consulted.party(),
                "transferred"));
        publish(held, ref -> events.cleared(ref, held, original, middle, heldParty.party(), "transferred"));
        for (Leg remaining : List.of(heldParty, consulted)) {
            publish(remaining, ref -> events.transferred(ref, remaining, middle, consulted.party()));
        }
    }

    private void scheduleAutoAnswer(Leg leg) {
        Duration delay = leg.isDevice() ? autoAnswerDelays.get(leg.party()) : externalAutoAnswer;
        if (delay != null) {
            executor.schedule(() -> {
                if (isActive(leg) && leg.state() == LegState.ALERTING) {
                    answer(leg);
                }
            }, delay);
        }
    }

    // ---------------------------------------------------------------- legs

    private Leg newLeg(String party, Leg.Direction direction, LegState state) {
        Leg leg = new Leg(ids.nextLegCallId(), party, devices.isDevice(party), direction, state);
        activeLegs.put(leg.callId(), leg);
        return leg;
    }

    private void retire(Leg leg) {
        activeLegs.remove(leg.callId());
        endedLegs.put(leg.callId(), leg);
        for (Call call : calls) {
            if (call.consultationHeldLeg() == leg) {
                call.consultationHeldLeg(null);
            }
        }
    }

    private boolean isActive(Leg leg) {
        return activeLegs.get(leg.callId()) == leg;
    }

    private List<Leg> legsOf(String party) {
        return activeLegs.values().stream().filter(leg -> leg.party().equals(party)).toList();
    }

    /**
     * The leg a request names: by its callID; a deviceID that is another party of the same call selects that
     * party's leg (clients often send the callID they saw in another party's event).
     */
    private Leg resolve(ConnectionId connection, boolean clearing) {
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

    private static void requireNewParty(String target, Leg leg, Leg other) {
        if (target.isBlank() || target.equals(leg.party()) || target.equals(other.party())) {
            throw new PbxException("operation", "invalidDestination",
                    "'" + target + "' is already a party of the call");
        }
    }

    private void publish(Leg subject, Function<String, CstaEvent> event) {
        if (subject.isDevice()) {
            monitors.publish(subject.party(), event);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
