package org.camelcsta.itests.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.camelcsta.component.CstaConstants;

/**
 * The monitor route's end: checks every event's place in its call ({@link CallEventOrder}) and tells the
 * probes that wait for a call from a given number that it arrived.
 */
final class EventTally implements Processor {

    private final CallEventOrder order = new CallEventOrder();
    private final Map<String, CountDownLatch> awaitedCallers = new ConcurrentHashMap<>();

    @Override
    public void process(Exchange exchange) {
        Message event = exchange.getMessage();
        String type = event.getHeader(CstaConstants.EVENT_TYPE, String.class);
        order.received(event.getHeader(CstaConstants.DEVICE_ID, String.class),
                event.getHeader(CstaConstants.CALL_ID, String.class), type);
        if ("DeliveredEvent".equals(type)) {
            CountDownLatch awaited = awaitedCallers.get(String.valueOf(event.getHeader(CstaConstants.CALLING_DEVICE)));
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
