package org.camelcsta.itests.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeliveredEvent;

/**
 * The monitor route's end: checks every event's place in its call ({@link CallEventOrder}) and tells the
 * probes that wait for a call from a given number that it arrived.
 */
final class EventTally implements Processor {

    private final CallEventOrder order = new CallEventOrder();
    private final Map<String, CountDownLatch> awaitedCallers = new ConcurrentHashMap<>();

    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof CallEvent event)) {
            order.received(null, null, body == null ? "null" : body.getClass().getSimpleName());
            return;
        }
        // read from the typed event, whatever headers the consumer sets
        ConnectionId leg = event.connection();
        order.received(leg == null ? null : leg.deviceId(), leg == null ? null : leg.callId(), event.messageName());
        if (event instanceof DeliveredEvent delivered && delivered.callingDevice() != null) {
            CountDownLatch awaited = awaitedCallers.get(delivered.callingDevice().deviceIdentifier());
            if (awaited != null) {
                awaited.countDown();
            }
        }
    }

    CallEventOrder order() {
        return order;
    }

    /** A latch that opens when a call from {@code caller} is delivered; {@link #forget} it afterwards. */
    CountDownLatch expectCallFrom(String caller) {
        CountDownLatch latch = new CountDownLatch(1);
        awaitedCallers.put(caller, latch);
        return latch;
    }

    void forget(String caller) {
        awaitedCallers.remove(caller);
    }
}
