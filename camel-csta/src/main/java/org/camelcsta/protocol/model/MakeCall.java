package org.camelcsta.protocol.model;

/**
 * Places a call from {@code callingDevice} to {@code calledDirectoryNumber}.
 *
 * @param callingDevice         the internal device that calls
 * @param calledDirectoryNumber the number called, internal or external
 * @param autoOriginate         {@code doNotPrompt} to connect without the caller picking up first
 * @param test                  TEST mode, or {@code null}
 * @param privateData           {@code privateData}, or {@code null}
 */
public record MakeCall(
        String callingDevice,
        String calledDirectoryNumber,
        String autoOriginate,
        String test,
        PrivateData privateData) implements CstaRequest {

    /** A call with {@code autoOriginate=doNotPrompt}, as in the provider's example. */
    public MakeCall(String callingDevice, String calledDirectoryNumber) {
        this(callingDevice, calledDirectoryNumber, "doNotPrompt", null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("callingDevice", callingDevice)
                .require("calledDirectoryNumber", calledDirectoryNumber)
                .check();
    }
}
