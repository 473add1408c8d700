package org.camelcsta.simulator.pbx;

import java.util.regex.Pattern;

import org.camelcsta.protocol.LogText;

/**
 * What a request may dial (MakeCall, SingleStepTransferCall, ConsultationCall): a dial string of digits, {@code *}
 * and {@code #} with an optional leading {@code +}, or the device object of an internal device ({@code 123@domain},
 * {@code u-12345678-123}). Anything else is refused before the call changes, as a PBX refuses a number it cannot
 * route.
 */
final class Destinations {

    /** Longer than any real dial string (E.164 numbers have at most 15 digits, prefixes and codes included). */
    private static final int MAX_DIAL_STRING = 32;
    private static final Pattern DIAL_STRING = Pattern.compile("\\+?[0-9*#]{1," + MAX_DIAL_STRING + "}");

    private final DeviceDirectory devices;
    private final DoNotDisturb doNotDisturb;

    Destinations(DeviceDirectory devices, DoNotDisturb doNotDisturb) {
        this.devices = devices;
        this.doNotDisturb = doNotDisturb;
    }

    /**
     * The number a destination dials, where a call may ring now.
     *
     * @throws PbxException as {@link #numberOf(String)}, and {@code stateIncompatibility: invalidObjectState}
     *                      where the device is in do-not-disturb
     */
    String reachable(String destination) {
        String number = numberOf(destination);
        doNotDisturb.requireReachable(number);
        return number;
    }

    /**
     * The number that a destination dials.
     *
     * @throws PbxException {@code operation: invalidDestination} where it is no dial string and no device object
     *                      of this PBX
     */
    String numberOf(String destination) {
        String text = destination == null ? "" : destination.trim();
        if (isDeviceObject(text)) {
            String number = DeviceDirectory.numberOf(text);
            if (!devices.isDevice(number)) {
                throw invalid(destination, "it names no device of this PBX");
            }
            return number;
        }
        if (!DIAL_STRING.matcher(text).matches()) {
            throw invalid(destination, "a destination is digits, * and # with an optional leading +,"
                    + " or an internal device such as 123@domain");
        }
        return text;
    }

    private static boolean isDeviceObject(String text) {
        return text.indexOf('@') > 0 || text.startsWith("u-");
    }

    private static PbxException invalid(String destination, String why) {
        return new PbxException("operation", "invalidDestination",
                "'" + LogText.cap(destination) + "' is not a number this PBX can dial: " + why);
    }
}
