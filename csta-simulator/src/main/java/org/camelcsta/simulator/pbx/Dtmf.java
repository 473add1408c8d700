package org.camelcsta.simulator.pbx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.camelcsta.protocol.LogText;
import org.camelcsta.simulator.LegState;

/**
 * GenerateDigits: a connected leg sends DTMF tones ({@code 0-9 * # A-D}). No event reports them (the provider
 * documents none); the simulator records them per callID, so that tests can read what was sent.
 */
final class Dtmf {

    private static final Pattern DIGITS = Pattern.compile("[0-9*#A-Da-d]{1,64}");
    private static final int CALLS_REMEMBERED = 10_000;

    private final Map<String, StringBuilder> sent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StringBuilder> eldest) {
            return size() > CALLS_REMEMBERED;
        }
    };

    void send(Leg leg, String digits) {
        if (!DIGITS.matcher(digits).matches()) {
            throw Wire.invalid("charactersToSend", LogText.cap(digits), "1 to 64 of 0-9, *, # and A-D");
        }
        if (leg.state() != LegState.CONNECTED) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " at " + leg.party() + " is "
                    + leg.state() + "; only a connected call can send digits");
        }
        sent.computeIfAbsent(leg.callId(), id -> new StringBuilder()).append(digits);
    }

    /** The digits sent on a leg so far, {@code ""} where none. */
    String sentOn(String callId) {
        StringBuilder digits = sent.get(callId);
        return digits == null ? "" : digits.toString();
    }
}
