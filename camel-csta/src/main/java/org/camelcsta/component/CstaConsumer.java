package org.camelcsta.component;

import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.DefaultConsumer;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.EventHandler;
import org.camelcsta.client.Subscription;
import org.camelcsta.protocol.model.CstaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitors devices and routes one exchange per event, in order, one at a time. The monitors survive
 * reconnects: the session restarts them and events keep coming under the new monitorCrossRefIDs.
 */
public class CstaConsumer extends DefaultConsumer implements EventHandler, ShutdownAware {

    private static final Logger LOG = LoggerFactory.getLogger(CstaConsumer.class);

    private final CstaEndpoint endpoint;
    private final Set<String> eventTypes;
    private CstaSession session;
    private volatile Subscription subscription;

    public CstaConsumer(CstaEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.eventTypes = endpoint.eventTypeSet();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session = endpoint.acquireSession();
        subscription = session.subscribe(endpoint.deviceList(), this, endpoint.getEventQueueCapacity());
    }

    @Override
    protected void doStop() throws Exception {
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
    public void onEvent(CstaEvent event) {
        if (!eventTypes.isEmpty() && !eventTypes.contains(event.messageName())) {
            return;
        }
        Exchange exchange = createExchange(false);
        try {
            exchange.getIn().setBody(event);
            CstaHeaders.fromEvent(exchange.getIn(), event);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing " + event.messageName(), exchange,
                        exchange.getException());
            }
            releaseExchange(exchange, false);
        }
    }

    /**
     * Asked as a graceful stop or suspend begins: the monitors stop at once, and Camel waits until the
     * events already queued have been routed (see {@link #getPendingExchangesSize()}) before it stops this
     * consumer, so no event that was read is lost.
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

    /** A suspended route monitors its devices again when resumed. */
    @Override
    protected void doResume() throws Exception {
        super.doResume();
        if (subscription != null) {
            subscription.close();
        }
        subscription = session.subscribe(endpoint.deviceList(), this, endpoint.getEventQueueCapacity());
    }

    @Override
    public void onMonitorStarted(String device, String monitorCrossRefId) {
        LOG.info("Monitoring device {} (monitorCrossRefID {})", device, monitorCrossRefId);
    }
}
