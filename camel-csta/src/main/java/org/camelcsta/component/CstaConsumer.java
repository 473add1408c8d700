package org.camelcsta.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.DefaultConsumer;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.EventHandler;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.client.Subscription;
import org.camelcsta.component.health.CstaConsumerHealthCheck;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitors devices and routes one exchange per event, in order, one at a time. Routing is asynchronous: a
 * route that waits for a reply (e.g. a transfer) holds no event thread meanwhile, unless its producer has
 * {@code synchronous=true}. The monitors survive reconnects:
 * the session restarts them and events keep coming under the new monitorCrossRefIDs. What the route may have
 * missed meanwhile it learns from the session's failures (see {@link SessionFailureReporter}) and, when asked
 * ({@code monitorSnapshot}), from a {@link org.camelcsta.client.MonitorSnapshot} exchange per device.
 */
public class CstaConsumer extends DefaultConsumer implements EventHandler, ShutdownAware {

    private static final Logger LOG = LoggerFactory.getLogger(CstaConsumer.class);
    private static final int RECENT_MONITORS = 1024;

    private final CstaEndpoint endpoint;
    private CstaSession session;
    private volatile Subscription subscription;
    private volatile SessionFailureReporter failures;
    // events queued under a monitor's previous id may still come after it restarted: recent ids are kept
    private final Map<String, String> deviceByCrossRef = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > RECENT_MONITORS;
        }
    });

    public CstaConsumer(CstaEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        failures = new SessionFailureReporter(endpoint.toString(), endpoint.isBridgeErrorHandler(), getExceptionHandler(),
                endpoint.getComponent().executor());
        session = endpoint.acquireSession();
        CstaConsumerHealthCheck check = new CstaConsumerHealthCheck(getRouteId(), session, endpoint.deviceList());
        check.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
        setHealthCheck(check);
        subscription = session.subscribe(endpoint.deviceList(), endpoint.eventTypeSet(), endpoint.snapshotMode(), this,
                endpoint.getEventQueueCapacity());
    }

    @Override
    protected void doStop() throws Exception {
        if (failures != null) {
            failures.stop();
        }
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (session != null) {
            endpoint.releaseSession(session);
            session = null;
        }
        super.doStop();
    }

    @Override
    public CompletionStage<?> onEvent(CstaEvent event) {
        Exchange exchange = createExchange(false);
        try {
            exchange.getIn().setBody(event);
            CstaHeaders.fromEvent(exchange.getIn(), event, monitoredDevice(event), endpoint.isEventId());
        } catch (RuntimeException e) {
            // as a failure of the route: bridgeErrorHandler hands it to the route's error handler
            getExceptionHandler().handleException("Cannot route " + LogText.cap(event.messageName()), exchange, e);
            releaseExchange(exchange, false);
            return null;
        }
        CstaSession current = session;
        if (current != null) { // null once stopped, while the events already read go through
            endpoint.getComponent().metrics().eventRouted(current, event.messageName());
        }
        CompletableFuture<Void> routed = new CompletableFuture<>();
        getAsyncProcessor().process(exchange, doneSync -> {
            try {
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Error processing " + LogText.cap(event.messageName()), exchange,
                            exchange.getException());
                }
            } finally {
                releaseExchange(exchange, false);
                routed.complete(null);
            }
        });
        return routed;
    }

    private String monitoredDevice(CstaEvent event) {
        if (event instanceof MonitorSnapshot snapshot) {
            return snapshot.device();
        }
        String crossRef = event instanceof CallEvent call ? call.monitorCrossRefId()
                : event instanceof GenericMessage generic ? generic.text("monitorCrossRefID") : null;
        if (crossRef == null) {
            return null;
        }
        String device = deviceByCrossRef.get(crossRef);
        // a trunk route's event of a user or queue: its id is the server's name of that user or queue, alike on every
        // instance, and tells apart the parties' equal events (a hold is reported on both)
        return device != null || !endpoint.isTrunk() ? device : crossRef;
    }

    /**
     * Asked as a graceful stop begins: the monitors stop at once, and Camel waits until the events already
     * queued have been routed (see {@link #getPendingExchangesSize()}) before it stops this consumer, so no
     * event that was read is lost.
     */
    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        Subscription current = subscription;
        if (current != null) {
            current.stopReceiving();
        }
        return true;
    }

    @Override
    public int getPendingExchangesSize() {
        Subscription current = subscription;
        return current == null ? 0 : current.pendingEvents();
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // the monitors stopped in deferShutdown
    }

    @Override
    public void onMonitorStarted(String device, String monitorCrossRefId) {
        LOG.info("Monitoring device {} (monitorCrossRefID {})", device, LogText.cap(monitorCrossRefId));
        deviceByCrossRef.put(monitorCrossRefId, device);
        SessionFailureReporter current = failures;
        if (current != null) {
            current.monitorStarted();
        }
    }

    /** Reaches the route's error handler with {@code bridgeErrorHandler=true}, else the log. */
    @Override
    public void onSessionFailure(Throwable error) {
        SessionFailureReporter current = failures;
        if (current != null) {
            current.failed(error);
        }
    }
}
