package org.camelcsta.simulator.session;

import java.net.SocketAddress;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.simulator.access.AddressAllowList;

/**
 * The error responses of the simulated server. Security problems all use the one value the provider documents
 * ({@code securityInfoViolated}); {@code details} says which problem it is.
 */
public final class CstaErrors {

    private static final String SECURITY = "security";
    private static final String SECURITY_INFO_VIOLATED = "securityInfoViolated";
    private static final String OPERATION = "operation";

    private CstaErrors() {
    }

    /** Wrong or missing user name, password or PBX domain. */
    public static CstaErrorCode wrongCredentials() {
        return new CstaErrorCode(SECURITY, SECURITY_INFO_VIOLATED, "wrong user name, password or PBX domain");
    }

    /** A request other than StartApplicationSession before the login. */
    public static CstaErrorCode notLoggedIn(String requestName) {
        return new CstaErrorCode(SECURITY, SECURITY_INFO_VIOLATED,
                "no application session: send StartApplicationSession before " + requestName);
    }

    /** The client's address is not on the allow-list. */
    public static CstaErrorCode addressNotAllowed(SocketAddress address) {
        return new CstaErrorCode(SECURITY, SECURITY_INFO_VIOLATED, AddressAllowList.refusal(address));
    }

    /** The static error of TEST mode {@code error}, exactly as in the provider's documentation. */
    public static CstaErrorCode testModeError() {
        return new CstaErrorCode(SECURITY, SECURITY_INFO_VIOLATED, "Explanation of error");
    }

    /** A frame that is not a readable message. */
    public static CstaErrorCode malformed(CstaDecodeException e) {
        String value = e.getReason() == CstaDecodeException.Reason.TOO_LARGE ? "messageTooLarge"
                : e.getReason() == CstaDecodeException.Reason.INVALID_VALUE ? "invalidParameterValue"
                : "invalidMessage";
        return new CstaErrorCode(OPERATION, value, e.getMessage());
    }

    /** A frame over the size limit. */
    public static CstaErrorCode frameTooLarge(long limitBytes) {
        return new CstaErrorCode(OPERATION, "messageTooLarge",
                "frame larger than " + limitBytes + " bytes: the connection is closed");
    }

    /** A command this server does not know. */
    public static CstaErrorCode unknownCommand(String name) {
        return new CstaErrorCode(OPERATION, "unknownCommand", "unknown command " + name);
    }

    /** A command that this transport cannot carry. */
    public static CstaErrorCode notOnThisTransport(String name, String why) {
        return new CstaErrorCode(OPERATION, "requestIncompatibleWithTransport", name + " is not available here: " + why);
    }

    /** Required fields are missing; they are named. */
    public static CstaErrorCode missingFields(CstaValidationException e) {
        return new CstaErrorCode(OPERATION, "missingParameter", e.getMessage());
    }
}
