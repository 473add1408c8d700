package org.camelcsta.examples;

import java.time.Duration;
import java.time.Instant;

import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.PrivateData;

/**
 * What the call log knows about one call leg (one monitored device's part in one call, named by its callID), built
 * from the leg's events in their order:
 * <ul>
 * <li>{@code DeliveredEvent}: the call rings at the device, or the device places it: the start, who calls whom;</li>
 * <li>{@code EstablishedEvent}: the call is answered;</li>
 * <li>{@code ConnectionClearedEvent}: the leg ends, with the device that released it and the cause.</li>
 * </ul>
 * A leg whose end was missed (it ended while the connection to the PBX was down) is closed by
 * {@link #endedUnseen(Instant)} when the device's snapshot after the reconnect no longer has it.
 * An instance is only ever used by one thread at a time (the aggregator locks per callID).
 */
final class CallLeg {

    /** The outcome of a leg whose end no event reported. */
    static final String UNSEEN = "endedUnseen";

    private final String callId;
    private String device;
    private String globalCallId;
    private String direction;
    private String caller;
    private String callee;
    private String callerName;
    private Instant start;
    private Instant answer;
    private Instant end;
    private String cause;
    private String releasedBy;
    private boolean endUnseen;

    CallLeg(String callId) {
        this.callId = callId;
    }

    /** Adds an event of this leg that arrived at {@code at}. */
    void add(CallEvent event, Instant at) {
        if (event.connection() != null && event.connection().deviceId() != null) {
            device = event.connection().deviceId();
        }
        if (start == null) {
            start = at; // a leg first seen answered (e.g. picked up) starts when it is answered
        }
        caller = firstNonNull(caller, idOf(event.callingDevice()));
        callee = firstNonNull(callee, idOf(event.calledDevice()));
        if (event instanceof DeliveredEvent delivered) {
            note(delivered.callLinkageData(), delivered.privateData());
        } else if (event instanceof EstablishedEvent established) {
            note(established.callLinkageData(), established.privateData());
            if (answer == null) {
                answer = at;
            }
        } else if (event instanceof ConnectionClearedEvent cleared) {
            note(cleared.callLinkageData(), cleared.privateData());
            end = at;
            cause = cleared.cause();
            releasedBy = idOf(cleared.releasingDevice());
        }
    }

    private void note(CallLinkageData linkage, PrivateData privateData) {
        if (globalCallId == null && linkage != null && linkage.globalCallData() != null) {
            globalCallId = linkage.globalCallData().globalCallLinkageId();
        }
        if (privateData != null) {
            direction = firstNonNull(direction, privateData.callDirection());
            callerName = firstNonNull(callerName, privateData.callerName());
        }
    }

    /**
     * The leg ended unseen: the device's snapshot taken at {@code at} no longer has it. When exactly it ended is
     * unknown; {@code at} is the latest it can have been.
     */
    void endedUnseen(Instant at) {
        if (end == null) {
            end = at;
            endUnseen = true;
        }
    }

    /** Whether the leg has ended (its ConnectionClearedEvent came, or a snapshot showed it gone). */
    boolean ended() {
        return end != null;
    }

    /** The monitored device whose leg this is, once an event named it. */
    String device() {
        return device;
    }

    /**
     * The call log line of this leg.
     *
     * @param now the time the leg is written without having ended (when the application stops, or the leg was idle
     *            too long)
     */
    CallLogEntry toEntry(Instant now) {
        Instant last = end != null ? end : now;
        return new CallLogEntry(device, direction, caller, callee, callerName,
                text(start), text(answer), text(end),
                start == null ? null : Duration.between(start, last).toMillis(),
                answer == null ? 0L : Duration.between(answer, last).toMillis(),
                outcome(), cause, releasedBy, callId, globalCallId);
    }

    /** How the leg ended, in one word. */
    private String outcome() {
        if (end == null) {
            return "unfinished";
        }
        if (endUnseen) {
            return UNSEEN;
        }
        String why = cause == null ? "" : cause;
        if (why.equals("singleStepTransfer") || why.equals("transferred")) {
            return "transferred";
        }
        if (why.equals("pickup")) {
            return "pickedUp";
        }
        return answer == null ? "unanswered" : "completed";
    }

    private static String idOf(DeviceIdentifier device) {
        return device == null ? null : device.deviceIdentifier();
    }

    private static String firstNonNull(String current, String next) {
        return current != null ? current : next;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
