package org.camelcsta.simulator.pbx;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.simulator.DeviceSettings;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.camelcsta.simulator.SimulatedQueue;

/**
 * The PBX's calls, as the control API (the phones) and the CSTA requests see them. Each feature is its own small
 * state machine: {@link CallLifecycle} (place, ring, answer, hold, retrieve, end), {@link SingleStepTransfer},
 * {@link AttendedTransfer} (consultation, TransferCall, ReconnectCall), {@link DirectedPickup}, {@link Diversion}
 * (DeflectCall), {@link Forwarding}, {@link DoNotDisturb}, {@link QueueCalls} and {@link QueueMembership},
 * {@link CallProfiles}, {@link Dtmf} and {@link AutoAnswer}; this facade finds the legs a request names and hands
 * them over. Every change sends the matching events to the monitors of the devices involved.
 * <p>
 * Not thread-safe by design: every method must run on the {@link PbxExecutor} thread, which also runs the
 * auto-answer timers.
 */
public final class CallModel {

    /** The most users a MonitorTrunk reports and covers by name (its events still cover every device). */
    public static final int MAX_TRUNK_USERS = 10_000;

    private final DeviceDirectory devices;
    private final Destinations destinations;
    private final CallRegistry registry;
    private final AutoAnswer autoAnswer;
    private final CallLifecycle lifecycle;
    private final SingleStepTransfer singleStepTransfer;
    private final AttendedTransfer attendedTransfer;
    private final DirectedPickup directedPickup;
    private final QueueDirectory queues;
    private final DoNotDisturb doNotDisturb;
    private final Diversion diversion;
    private final Forwarding forwarding;
    private final QueueMembership queueMembership;
    private final CallProfiles callProfiles = new CallProfiles();
    private final Dtmf dtmf = new Dtmf();

    /**
     * @param queues             the PBX's queues
     * @param externalAutoAnswer how long an external number rings before it answers; {@code null}: it only rings
     * @param clock              the time of the events' timestamps
     */
    public CallModel(DeviceDirectory devices, QueueDirectory queues, MonitorRegistry monitors, PbxExecutor executor,
            Duration externalAutoAnswer, Clock clock) {
        this.devices = devices;
        this.queues = queues;
        CallNotifier notifier = new CallNotifier(monitors, devices, clock);
        this.doNotDisturb = new DoNotDisturb(notifier);
        this.destinations = new Destinations(devices, doNotDisturb);
        this.registry = new CallRegistry(devices, queues);
        this.autoAnswer = new AutoAnswer(executor, externalAutoAnswer);
        this.lifecycle = new CallLifecycle(registry, notifier, autoAnswer);
        this.singleStepTransfer = new SingleStepTransfer(registry, notifier, lifecycle, destinations);
        this.attendedTransfer = new AttendedTransfer(registry, notifier, lifecycle, destinations);
        this.directedPickup = new DirectedPickup(registry, notifier, devices);
        this.diversion = new Diversion(registry, notifier, lifecycle, destinations);
        this.forwarding = new Forwarding(notifier, destinations, diversion, executor, registry);
        QueueCalls queueCalls = new QueueCalls(queues, lifecycle, notifier);
        this.queueMembership = new QueueMembership(devices, notifier, queueCalls);
        lifecycle.observe(queueCalls);
        lifecycle.observe(forwarding);
    }

    // ---------------------------------------------------------------- phones (control API)

    /** A call from {@code from} (external number or device) rings at device {@code to}. */
    public SimulatedCall incomingCall(String from, String to, String callerName) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("the calling number is missing");
        }
        String callee = queues.isQueue(to) ? to : devices.require(to);
        if (from.equals(callee)) {
            throw new PbxException("operation", "invalidCalledDevice", "a device cannot call itself");
        }
        doNotDisturb.requireReachable(callee);
        return lifecycle.place(from, callee, blankToNull(callerName), null).call().snapshot();
    }

    /** The party's ringing leg answers (the oldest, if several ring). */
    public void answerParty(String party) {
        Leg ringing = registry.legsOf(party).stream().filter(leg -> leg.state() == LegState.ALERTING).findFirst()
                .orElseThrow(() -> new PbxException("stateIncompatibility", "invalidCallState",
                        "nothing rings at " + party));
        lifecycle.answer(ringing, null);
    }

    /** The party hangs up its current leg: the connected one, else the ringing one, else a held one. */
    public void hangupParty(String party) {
        List<Leg> legs = registry.legsOf(party);
        Leg leg = legs.stream().filter(l -> l.state() == LegState.CONNECTED).findFirst()
                .or(() -> legs.stream().filter(l -> l.state() == LegState.ALERTING).findFirst())
                .or(() -> legs.stream().findFirst())
                .orElseThrow(() -> new PbxException("stateIncompatibility", "noConnectionToClear",
                        party + " is in no call"));
        release(leg);
    }

    /** The device answers calls that ring at it after {@code delay}; {@code null} turns this off. */
    public void autoAnswer(String device, Duration delay) {
        autoAnswer.set(devices.require(device), delay);
    }

    /** Snapshots of the current calls, oldest first. */
    public List<SimulatedCall> calls() {
        return registry.calls().stream().map(Call::snapshot).toList();
    }

    /** Whether two parties are in one call and both their legs are connected. */
    public boolean connected(String a, String b) {
        return registry.calls().stream().anyMatch(call -> isConnected(call, a) && isConnected(call, b));
    }

    private static boolean isConnected(Call call, String party) {
        return call.legOf(party).map(leg -> leg.state() == LegState.CONNECTED).orElse(false);
    }

    // ---------------------------------------------------------------- CSTA requests

    /**
     * The device number of a device object ({@code 123}, {@code 123@domain}, {@code u-trunk-123}).
     *
     * @throws PbxException {@code operation: invalidDeviceID} where it is no device of this PBX
     */
    public String requireDevice(String deviceObject) {
        return devices.require(deviceObject);
    }

    /**
     * MakeCall. With {@code autoOriginate} {@code doNotPrompt} (or none) the caller is connected at once and the
     * called party rings; with {@code prompt} the caller's own phone rings first, and the called party rings once
     * the caller answers. Returns the caller's leg.
     *
     * @throws PbxException {@code operation: invalidParameterValue} for another {@code autoOriginate}
     */
    public ConnectionId makeCall(String callingDevice, String calledNumber, String autoOriginate) {
        String calling = devices.require(callingDevice);
        String called = destinations.reachable(calledNumber);
        if (calling.equals(called)) {
            throw new PbxException("operation", "invalidCalledDevice", "device " + calling + " cannot call itself");
        }
        Leg caller = isPrompt(autoOriginate) ? lifecycle.prompt(calling, called, "MakeCall")
                : lifecycle.place(calling, called, null, "MakeCall");
        return caller.connectionId();
    }

    private static boolean isPrompt(String autoOriginate) {
        if (autoOriginate == null || autoOriginate.isBlank() || autoOriginate.equalsIgnoreCase("doNotPrompt")) {
            return false;
        }
        if (autoOriginate.equalsIgnoreCase("prompt")) {
            return true;
        }
        throw new PbxException("operation", "invalidParameterValue",
                "autoOriginate is prompt or doNotPrompt, not '" + LogText.cap(autoOriginate)
                        + "'");
    }

    /** AnswerCall: a ringing leg answers; returns it. */
    public ConnectionId answerCall(ConnectionId connection) {
        Leg leg = registry.resolve(connection, false);
        lifecycle.answer(leg, "AnswerCall");
        return leg.connectionId();
    }

    /** ClearConnection: the leg's party hangs up. */
    public void clearConnection(ConnectionId connection) {
        release(registry.resolve(connection, true));
    }

    /** SingleStepTransferCall; returns {@code transferredTo}'s new, ringing leg. */
    public ConnectionId singleStepTransfer(ConnectionId activeCall, String transferredTo) {
        return singleStepTransfer.transfer(activeCall, transferredTo);
    }

    /** ConsultationCall; returns the consulting device's leg of the consultation call. */
    public ConnectionId consultation(ConnectionId existingCall, String consultedDevice) {
        return attendedTransfer.consult(existingCall, consultedDevice);
    }

    /** DirectedPickupCall; returns the requesting device's new leg. */
    public ConnectionId pickup(ConnectionId callToBePickedUp, String requestingDevice) {
        return directedPickup.pickup(callToBePickedUp, requestingDevice);
    }

    /** HoldCall: a connected leg is put on hold. */
    public void holdCall(ConnectionId connection) {
        lifecycle.hold(registry.resolve(connection, false), "HoldCall");
    }

    /** RetrieveCall: a held leg is connected again. */
    public void retrieveCall(ConnectionId connection) {
        lifecycle.retrieve(registry.resolve(connection, false), "RetrieveCall");
    }

    /** DeflectCall: a ringing leg leaves for {@code newDestination}; returns the new, ringing leg. */
    public ConnectionId deflectCall(ConnectionId ringing, String newDestination) {
        return diversion.deflect(ringing, newDestination);
    }

    /** GenerateDigits: a connected leg sends DTMF tones, recorded for {@link #digitsSent(String)}. */
    public void generateDigits(ConnectionId connection, String digits) {
        dtmf.send(registry.resolve(connection, false), digits);
    }

    /** The DTMF digits sent on a leg so far. */
    public String digitsSent(String callId) {
        return dtmf.sentOn(callId);
    }

    /** TransferCall: completes a consultation; returns the consulting ({@code -att}) leg. */
    public ConnectionId transferCall(ConnectionId activeCall, ConnectionId heldCall) {
        return attendedTransfer.transfer(activeCall, heldCall);
    }

    /** ReconnectCall: cancels a consultation; returns the retrieved, held leg. */
    public ConnectionId reconnectCall(ConnectionId activeCall, ConnectionId heldCall) {
        return attendedTransfer.reconnect(activeCall, heldCall);
    }

    // ---------------------------------------------------------------- device and queue state

    public boolean doNotDisturb(String device) {
        return doNotDisturb.isOn(devices.require(device));
    }

    public void setDoNotDisturb(String device, boolean on) {
        doNotDisturb.set(devices.require(device), on);
    }

    /** GetForwarding's {@code forwardListItem}s of a device. */
    public ArrayNode forwardingList(String device) {
        return forwarding.list(devices.require(device));
    }

    /**
     * Sets one forwarding rule.
     *
     * @param ringDurationSeconds how long a call rings before {@code forwardNoAns} diverts it; {@code null}: 90
     */
    public void setForwarding(String device, String type, boolean on, String target, Integer ringDurationSeconds) {
        forwarding.set(devices.require(device), type, on, target, ringDurationSeconds);
    }

    /** A device's do-not-disturb and forwarding rules. */
    public DeviceSettings settings(String device) {
        String number = devices.require(device);
        return new DeviceSettings(number, doNotDisturb.isOn(number), forwarding.rules(number));
    }

    public ObjectNode callProfile(String device) {
        return callProfiles.get(devices.require(device));
    }

    public void setCallProfile(String device, JsonNode profile) {
        callProfiles.set(devices.require(device), profile);
    }

    /** The queue number of {@code 400} or {@code q-12345678-400}; refused where it is no queue. */
    public String requireQueue(String queueObject) {
        return queues.require(queueObject).number();
    }

    public String queueName(String queue) {
        return queues.require(queue).name();
    }

    public int queueServiceLevel(String queue) {
        return queues.require(queue).serviceLevelSeconds();
    }

    /** GetQueueMember's {@code memberListItem}s. */
    public ArrayNode queueMemberList(String queue) {
        return QueueMembership.list(queues.require(queue));
    }

    /** The agents of a queue. */
    public List<String> queueMembers(String queue) {
        return List.copyOf(queues.require(queue).members().keySet());
    }

    /** The agents of a queue whose phones ring for its calls now. */
    public List<String> queueAgentsTakingCalls(String queue) {
        return queues.require(queue).takingCalls().stream().map(member -> member.agent).toList();
    }

    /**
     * SetQueueMember: flags given as {@code null} keep their value.
     */
    public void setQueueMember(String queue, String agent, Boolean active, Boolean sip, Boolean mobile,
            Boolean skype, Integer position) {
        queueMembership.set(queues.require(queue), agent,
                new QueueMembership.Change(active, sip, mobile, skype, position));
    }

    /** The device numbers, at most {@link #MAX_TRUNK_USERS} (ranges can be huge). */
    public List<String> deviceNumbers() {
        return devices.numbers(MAX_TRUNK_USERS);
    }

    public List<String> queueNumbers() {
        return queues.numbers();
    }

    /** A queue's agents and statistics now. */
    public SimulatedQueue queue(String queue) {
        return queues.require(queue).snapshot();
    }

    /** SnapshotDevice: the device's current legs, each with its state and the other party. */
    public List<SnapshotConnection> snapshot(String deviceObject) {
        return registry.legsOf(devices.require(deviceObject)).stream()
                .map(leg -> new SnapshotConnection(leg.callId(), leg.party(), new SnapshotConnection.Status(
                        leg.localStatus(), leg.call().otherThan(leg).map(Leg::party).orElse(null))))
                .toList();
    }

    /** A party hangs up: that completes an attended transfer where it is the consulting device, else ends the call. */
    private void release(Leg leg) {
        if (!attendedTransfer.completeOnHangup(leg)) {
            lifecycle.end(leg, "normalClearing");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
