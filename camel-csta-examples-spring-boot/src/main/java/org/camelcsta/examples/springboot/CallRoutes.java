package org.camelcsta.examples.springboot;

import java.time.Instant;

import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.component.CstaConstants;
import org.springframework.stereotype.Component;

/**
 * The two routes: click-to-call (direct:click-to-call, from the REST controller) and the call log, a monitor of the
 * devices of examples.call-log.devices. The csta endpoints take their connection from camel.component.csta.*.
 */
@Component
public class CallRoutes extends RouteBuilder {

    private final CallLog callLog;

    public CallRoutes(CallLog callLog) {
        this.callLog = callLog;
    }

    @Override
    public void configure() {
        // the headers CamelCstaCallingDevice and CamelCstaCalledDirectoryNumber, set by CallController, make the call
        from("direct:click-to-call").routeId("click-to-call")
                .to("csta:makeCall");

        from("csta:monitor?devices={{examples.call-log.devices}}").routeId("call-log")
                .process(exchange -> callLog.add(new CallLog.Entry(Instant.now(),
                        exchange.getMessage().getHeader(CstaConstants.EVENT_TYPE, String.class),
                        exchange.getMessage().getHeader(CstaConstants.DEVICE_ID, String.class),
                        exchange.getMessage().getHeader(CstaConstants.CALL_ID, String.class),
                        exchange.getMessage().getHeader(CstaConstants.CAUSE, String.class))));
    }
}
