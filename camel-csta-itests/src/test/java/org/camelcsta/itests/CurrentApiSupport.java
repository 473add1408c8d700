package org.camelcsta.itests;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.camelcsta.simulator.SimulatedLeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the current API's route tests share: the simulator's trunk, its call state and traffic, and the errors. */
final class CurrentApiSupport {

    /** The trunk of the seed's PBX domain. */
    static final String TRUNK = "12345678";
    /** The queue every current-API simulator of these tests has. */
    static final String QUEUE = "400";
    static final String QUEUE_NAME = "Customer Service";

    private CurrentApiSupport() {
    }

    /** A simulator that speaks the current API from the login on, with the queue. */
    static CstaSimulator.Builder current(CstaSimulator.Builder builder) {
        return builder.dialect(org.camelcsta.simulator.session.DialectSetting.CURRENT).queue(QUEUE, QUEUE_NAME, 10);
    }

    static String user(String device) {
        return "u-" + TRUNK + "-" + device;
    }

    static String queue(String queue) {
        return "q-" + TRUNK + "-" + queue;
    }

    /** The one request of this name that the simulator received, as read off the wire. */
    static GenericMessage received(CstaSimulator simulator, String name) {
        List<CstaMessage> requests = simulator.traffic(name);
        assertEquals(1, requests.size(), () -> name + " received: " + requests);
        return assertInstanceOf(GenericMessage.class, requests.get(0));
    }

    /** The headers that name a call leg, for a request that acts on it. */
    static Map<String, Object> leg(String callId, String device) {
        return Map.of(CstaConstants.CALL_ID, callId, CstaConstants.DEVICE_ID, device);
    }

    /** The device's leg in the simulator's calls now. */
    static SimulatedLeg legOf(CstaSimulator simulator, String device) {
        return simulator.calls().stream().flatMap(call -> call.legs().stream())
                .filter(leg -> leg.device().equals(device)).findFirst()
                .orElseThrow(() -> new AssertionError(device + " is in no call: " + simulator.calls()));
    }

    /** The device's leg in this state now, of any of its calls. */
    static SimulatedLeg legOf(CstaSimulator simulator, String device, LegState state) {
        return simulator.calls().stream().flatMap(call -> call.legs().stream())
                .filter(leg -> leg.device().equals(device) && leg.state() == state).findFirst()
                .orElseThrow(() -> new AssertionError(device + " has no " + state + " leg: " + simulator.calls()));
    }

    static boolean inACall(CstaSimulator simulator, String device) {
        return simulator.calls().stream().anyMatch(call -> call.involves(device));
    }

    static SimulatedCall answeredCall(CstaSimulator simulator, String from, String to) {
        simulator.incomingCall(from, to);
        simulator.answer(to);
        return simulator.calls().stream().filter(call -> call.involves(to)).findFirst().orElseThrow();
    }

    /** Sends to the route and returns the CSTA error that the server answered with. */
    static CstaErrorException refusal(ProducerTemplate template, String route, Map<String, Object> headers) {
        return refusal(template, route, headers, route);
    }

    static CstaErrorException refusal(ProducerTemplate template, String route, Map<String, Object> headers,
                                      String message) {
        CamelExecutionException failed = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeaders(route, null, headers), message);
        return assertInstanceOf(CstaErrorException.class, failed.getCause(), failed::toString);
    }

    /** Sends to the route and expects the reply's exchange to carry no exception. */
    static Exchange reply(ProducerTemplate template, String route, Map<String, Object> headers) {
        Exchange exchange = template.request(route, e -> e.getIn().setHeaders(headers));
        assertFalse(exchange.isFailed(), () -> String.valueOf(exchange.getException()));
        return exchange;
    }
}
