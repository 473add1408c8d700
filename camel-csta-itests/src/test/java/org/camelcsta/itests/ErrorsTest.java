package org.camelcsta.itests;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.CstaTimeoutException;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The provider's errors and time-outs reach the route as the component's exceptions. */
class ErrorsTest extends SimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:clear").to("csta:clearConnection");
                from("direct:call").to("csta:makeCall?requestTimeout=500&calledDirectoryNumber=55501234");
                from("direct:patientCall").to("csta:makeCall?requestTimeout=5000&calledDirectoryNumber=55501234");
            }
        };
    }

    @Test
    void clearingAnUnknownCallIsAnOperationError() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> template.requestBodyAndHeaders(
                "direct:clear", null, Map.of(CstaConstants.CALL_ID, "SIP/hpbx-7fffffff", CstaConstants.DEVICE_ID, "100")));
        CstaErrorException error = assertInstanceOf(CstaErrorException.class, e.getCause());
        assertEquals("operation", error.getCategory());
        assertEquals("invalidCallID", error.getErrorValue());
    }

    @Test
    void aDelayedReplyTimesOutAndTheNextRequestGetsItsOwnReply() {
        template.requestBodyAndHeader("direct:call", null, CstaConstants.CALLING_DEVICE, "100");
        simulator.delayResponses(Duration.ofMillis(1500));
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:call", null, CstaConstants.CALLING_DEVICE, "101"));
        assertInstanceOf(CstaTimeoutException.class, e.getCause());
        simulator.delayResponses(Duration.ZERO);
        // replies come in request order: this one waits behind the late one, which goes nowhere
        MakeCallResponse next = template.requestBodyAndHeader("direct:patientCall", null,
                CstaConstants.CALLING_DEVICE, "102", MakeCallResponse.class);
        assertEquals("102", next.callingDevice().deviceId());
    }
}
