package org.camelcsta.protocol.model;

/**
 * A device's call profile: which number its outgoing calls show, and where its incoming calls ring. The
 * matrix's meaning is not documented by the provider; the fields are read and written as they are.
 *
 * @param outgoingNumberPresentation the number shown per channel
 * @param incomingCallMatrix         per receiving device, the channels that ring
 * @param routeHandling              only {@code None} is documented
 */
public record CallProfile(
        OutgoingNumberPresentation outgoingNumberPresentation,
        IncomingCallMatrix incomingCallMatrix,
        String routeHandling) {

    /**
     * @param localNumberPresentation  for calls from the desk phone
     * @param mobileNumberPresentation for calls from the mobile
     * @param teamsNumberPresentation  for calls from Teams
     */
    public record OutgoingNumberPresentation(
            NumberPresentation localNumberPresentation,
            NumberPresentation mobileNumberPresentation,
            NumberPresentation teamsNumberPresentation) {
    }

    /**
     * @param numberType {@code None}, {@code Main}, {@code Mobile} or {@code Teams}
     * @param number     the number, or empty
     */
    public record NumberPresentation(String numberType, String number) {
    }

    /**
     * @param localDevice  the desk phone's row
     * @param mobileDevice the mobile's row
     * @param teamsDevice  Teams' row
     */
    public record IncomingCallMatrix(Channels localDevice, Channels mobileDevice, Channels teamsDevice) {
    }

    /**
     * @param local  the desk phone
     * @param mobile the mobile
     * @param teams  Teams
     */
    public record Channels(Boolean local, Boolean mobile, Boolean teams) {
    }
}
