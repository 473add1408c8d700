package org.camelcsta.component;

import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.NewCallLegs;
import org.camelcsta.protocol.model.CstaRequest;

/**
 * Sends one request per exchange on the endpoint's shared session and puts the reply in the body, with
 * its headers. Asynchronous: the route continues on the component's executor, never on an I/O thread.
 */
public class CstaProducer extends DefaultAsyncProducer {

    private final CstaEndpoint endpoint;
    private final CstaRequestFactory requests;
    private CstaSession session;

    public CstaProducer(CstaEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.requests = new CstaRequestFactory(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session = endpoint.acquireSession();
    }

    @Override
    protected void doStop() throws Exception {
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
        NewCallLegs.request(session, request, endpoint.requestTimeout(), endpoint.getConfiguration().getTest())
                .whenCompleteAsync((response, error) -> {
                    if (error != null) {
                        // a composed future wraps the session's own exception, which is what routes catch
                        exchange.setException(error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error);
                    } else {
                        Message message = exchange.getMessage();
                        message.setBody(response);
                        CstaHeaders.fromResponse(message, request, response);
                    }
                    callback.done(false);
                }, endpoint.getComponent().executor());
        return false;
    }
}
