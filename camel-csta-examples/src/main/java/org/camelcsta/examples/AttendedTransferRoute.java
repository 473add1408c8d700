package org.camelcsta.examples;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.component.CstaConstants;

/**
 * Route 3: attended transfer, the provider's second scenario, in Camel's Java DSL.
 * <p>
 * The device with a call (the "middle" device) first talks to the new party, then hands the call over:
 * <ol>
 * <li>{@code snapshotDevice}: the middle device's current call. The reply lists its legs (each party of a call has
 * its own leg, named by a callID); the component puts the first in the headers {@code CamelCstaCallId} and
 * {@code CamelCstaDeviceId}.</li>
 * <li>{@code consultationCall}: that leg (taken from those headers) is put on hold and the middle device calls the
 * consulted device, on a second call with a leg of its own.</li>
 * <li>The middle device hangs up (a person puts the phone down; in the demo the scripted phone does): the PBX
 * connects the held party with the consulted party, and the middle device is out.</li>
 * </ol>
 * Send a message to {@code direct:attended-transfer} with the headers {@code device} (the middle device) and
 * {@code consult} (the device to consult). The reply's {@code CamelCstaCallId} is the middle device's leg of the
 * consultation call.
 */
public class AttendedTransferRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:attended-transfer").routeId("attended-transfer")
                // 1. what call does the middle device have? (the provider names it number@pbx-domain)
                .setHeader(CstaConstants.SNAPSHOT_OBJECT, simple("${header.device}@{{csta.pbx-domain}}"))
                .to("csta:snapshotDevice")
                .filter(header(CstaConstants.CALL_ID).isNull())
                    .throwException(IllegalStateException.class, "device ${header.device} has no call to transfer")
                .end()
                .setVariable("heldLeg", header(CstaConstants.CALL_ID))
                .log(LoggingLevel.INFO, "transcript", "[command] snapshotDevice ${header.device}: ${header.CamelCstaCallId}")

                // 2. hold that call and call the consulted device
                .setHeader(CstaConstants.CONSULTED_DEVICE, header("consult"))
                .to("csta:consultationCall")
                .log(LoggingLevel.INFO, "transcript", "[command] consultationCall ${variable.heldLeg} at ${header.device} "
                        + "-> ${header.consult}: ${header.CamelCstaCallId}; the transfer completes when ${header.device} "
                        + "hangs up");
        // 3. the middle device hanging up is a person's part, not a request of this route
    }
}
