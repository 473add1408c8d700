package org.camelcsta.simulator.pbx;

import org.camelcsta.protocol.model.CstaErrorCode;

/**
 * An operation the PBX refuses, in CSTA terms: the category and value of the {@code CSTAErrorCode} that the
 * protocol servers answer with, and a sentence for {@code details}. It is an {@link IllegalStateException} so
 * that the Java control API can throw it as it is.
 */
public class PbxException extends IllegalStateException {

    private final String category;
    private final String value;

    public PbxException(String category, String value, String details) {
        super(category + ": " + value + " (" + details + ")");
        this.category = category;
        this.value = value;
    }

    /** {@code operation: invalidCallID}. */
    public static PbxException invalidCallId(String callId, String why) {
        return new PbxException("operation", "invalidCallID", "callID " + callId + " " + why);
    }

    /** {@code operation: invalidDeviceID}. */
    public static PbxException invalidDeviceId(String device) {
        return new PbxException("operation", "invalidDeviceID", "device " + device + " does not exist on this PBX");
    }

    /** {@code stateIncompatibility: invalidCallState}. */
    public static PbxException invalidCallState(String details) {
        return new PbxException("stateIncompatibility", "invalidCallState", details);
    }

    public String category() {
        return category;
    }

    public String value() {
        return value;
    }

    /** The details sentence alone. */
    public String details() {
        String message = getMessage();
        return message.substring(message.indexOf('(') + 1, message.length() - 1);
    }

    /** This refusal as the protocol's error response. */
    public CstaErrorCode toErrorCode() {
        return new CstaErrorCode(category, value, details());
    }
}
