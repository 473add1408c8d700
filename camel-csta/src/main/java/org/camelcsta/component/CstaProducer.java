package org.camelcsta.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;

import io.netty.channel.EventLoop;
import io.netty.util.internal.ThreadExecutorMap;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.URISupport;
import org.camelcsta.client.CompletionCause;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.NewCallLegs;
import org.camelcsta.component.health.CstaProducerHealthCheck;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;

/**
 * Sends one request per exchange on the endpoint's shared session and puts the reply in the body, with
 * its headers. The route goes on on the thread that sent the request, which waits for the reply; or, where that thread
 * must not wait (the component's event threads, an event loop, {@code synchronous=false}), on the component's event
 * threads, to which the reply is handed over.
 */
public class CstaProducer extends DefaultAsyncProducer {

    private final CstaEndpoint endpoint;
    private final CstaRequestFactory requests;
    private CstaSession session;
    private WritableHealthCheckRepository healthChecks;
    private CstaProducerHealthCheck healthCheck;

    public CstaProducer(CstaEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.requests = new CstaRequestFactory(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session = endpoint.acquireSession();
        healthChecks = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthChecks != null) {
            healthCheck = new CstaProducerHealthCheck(URISupport.sanitizeUri(endpoint.getEndpointUri()), session);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthChecks.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        if (session != null) {
            endpoint.releaseSession(session);
            session = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CstaRequest request;
        try {
            request = requests.create(exchange);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        CstaSession current = session;
        long start = System.nanoTime();
        CompletableFuture<CstaResponse> reply = NewCallLegs.request(current, request, endpoint.requestTimeout(),
                endpoint.getConfiguration().getTest());
        if (waitsForReply()) {
            // requestTimeout, login included, bounds the wait
            CstaResponse response = null;
            Throwable error = null;
            try {
                response = reply.get();
            } catch (ExecutionException e) {
                error = e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = e;
            }
            complete(exchange, request, current, start, response, error, callback, true);
            return true;
        }
        reply.whenComplete((response, error) -> {
            Runnable completion = () -> complete(exchange, request, current, start, response, error, callback, false);
            try {
                endpoint.getComponent().executor().execute(completion);
            } catch (RejectedExecutionException stopping) {
                // the component has stopped its executor: going on here is better than never
                completion.run();
            }
        });
        return false;
    }

    /**
     * Whether this thread waits for the reply: unless told otherwise, any thread but the component's event threads,
     * which all monitor routes share, and a Netty event loop (Vert.x's included), which must never block.
     */
    private boolean waitsForReply() {
        Boolean synchronous = endpoint.getSynchronous();
        if (synchronous != null) {
            return synchronous;
        }
        // Netty marks the threads of its event loops (Vert.x's are Netty's), whatever thread factory made them
        return !EventThreads.isCurrent() && !(ThreadExecutorMap.currentExecutor() instanceof EventLoop);
    }

    /** Puts the reply or the failure in the exchange, then lets the route go on, whatever happens. */
    private void complete(Exchange exchange, CstaRequest request, CstaSession current, long start,
                          CstaResponse response, Throwable error, AsyncCallback callback, boolean doneSync) {
        try {
            // a composed future wraps the session's own exception, which is what routes catch
            Throwable cause = error == null ? null : CompletionCause.of(error);
            endpoint.getComponent().metrics().requestCompleted(current, endpoint.getOperation(),
                    System.nanoTime() - start, cause);
            if (cause != null) {
                exchange.setException(cause);
            } else {
                Message message = exchange.getMessage();
                message.setBody(response);
                CstaHeaders.fromResponse(message, request, response);
            }
        } catch (RuntimeException e) {
            exchange.setException(e);
        } finally {
            callback.done(doneSync);
        }
    }
}
