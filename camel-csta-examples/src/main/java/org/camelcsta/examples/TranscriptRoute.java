package org.camelcsta.examples;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints one transcript line per call event of the devices in {@code examples.transcript.devices}, e.g.
 * {@code [event] 130 DeliveredEvent from 55501234 "Alice" (newCall)}: the device whose leg the event is about, the
 * event, and its cause. Not one of the five examples; it shows what the PBX reports while they run.
 */
public class TranscriptRoute extends RouteBuilder {

    private static final Logger TRANSCRIPT = LoggerFactory.getLogger("transcript");

    @Override
    public void configure() {
        from("csta:monitor?devices={{examples.transcript.devices}}").routeId("transcript")
                .process(exchange -> TRANSCRIPT.info("[event] {}", describe(exchange)));
    }

    /** The event of an exchange of a csta:monitor consumer, in a few words. */
    static String describe(Exchange exchange) {
        Message message = exchange.getMessage();
        String device = message.getHeader(CstaConstants.DEVICE_ID, "?", String.class);
        String type = message.getHeader(CstaConstants.EVENT_TYPE, String.class);
        String calling = message.getHeader(CstaConstants.EVENT_CALLING_DEVICE, String.class);
        String called = message.getHeader(CstaConstants.EVENT_CALLED_DEVICE, String.class);
        Object event = message.getBody();
        StringBuilder line = new StringBuilder(device).append(' ').append(type);
        if (event instanceof DeliveredEvent delivered) {
            if (device.equals(calling)) {
                line.append(" to ").append(called);
            } else {
                line.append(" from ").append(calling);
                String name = delivered.privateData() == null ? null : delivered.privateData().callerName();
                if (name != null) {
                    line.append(" \"").append(name).append('"');
                }
            }
        } else if (event instanceof EstablishedEvent established && established.answeringDevice() != null) {
            line.append(" answered by ").append(established.answeringDevice().deviceIdentifier());
        } else if (event instanceof ConnectionClearedEvent cleared && cleared.releasingDevice() != null) {
            line.append(" released by ").append(cleared.releasingDevice().deviceIdentifier());
        } else if (event instanceof GenericMessage generic && generic.text("transferredToDevice", "deviceIdentifier") != null) {
            line.append(" to ").append(generic.text("transferredToDevice", "deviceIdentifier"));
        }
        String cause = message.getHeader(CstaConstants.CAUSE, String.class);
        if (cause != null) {
            line.append(" (").append(cause).append(')');
        }
        return line.toString();
    }
}
