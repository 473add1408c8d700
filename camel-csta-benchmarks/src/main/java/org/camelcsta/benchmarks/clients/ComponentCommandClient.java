package org.camelcsta.benchmarks.clients;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelcsta.benchmarks.Wire;
import org.camelcsta.protocol.model.MakeCallResponse;

/**
 * MakeCall the way a user of this component sends it: {@code csta:makeCall?callingDevice=100&calledDirectoryNumber=200}
 * through a {@link ProducerTemplate}, the reply read from the typed body. The endpoint is resolved once, as a
 * route's {@code to(...)} would be, so that Camel's URI lookup is not what is measured.
 */
final class ComponentCommandClient implements CommandClient {

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint endpoint;

    /**
     * @param handedOver whether the endpoint has {@code synchronous=false}: the reply handed over to the component's
     *                   executor, where the route goes on, instead of the caller's thread waiting for it
     */
    ComponentCommandClient(Wire wire, int port, boolean handedOver) throws Exception {
        ResponderSettings.apply(context, wire, port);
        context.start();
        template = context.createProducerTemplate();
        endpoint = context.getEndpoint("csta:makeCall?callingDevice=100&calledDirectoryNumber=200"
                                       + (handedOver ? "&synchronous=false" : ""));
        makeCall(); // logs in before anything is timed
    }

    @Override
    public String makeCall() {
        MakeCallResponse reply = template.requestBody(endpoint, null, MakeCallResponse.class);
        return reply.callingDevice().callId();
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
