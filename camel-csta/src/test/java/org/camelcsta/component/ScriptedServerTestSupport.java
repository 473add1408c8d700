package org.camelcsta.component;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;

/**
 * A Camel context whose csta component points at a {@link ScriptedXmlServer} that accepts every login and
 * answers everything else as {@link #answer} says.
 */
abstract class ScriptedServerTestSupport extends CamelTestSupport {

    protected ScriptedXmlServer server;

    /** The {@code actualProtocolVersion} of the login reply: the 2020 server's, unless a test says otherwise. */
    protected String protocolVersion() {
        return "http://www.ecma-international.org/standards/ecma-323/csta/ed3";
    }

    /** Answers a request other than the login (or does nothing). */
    protected abstract void answer(GenericMessage request, ScriptedXmlServer.Connection connection);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        server = new ScriptedXmlServer((request, connection) -> {
            if (request.name().equals("StartApplicationSession")) {
                connection.reply(request, new StartApplicationSessionPosResponse("s-1", protocolVersion(), 300, null));
            } else {
                answer(request, connection);
            }
        });
        CamelContext context = super.createCamelContext();
        CstaConfiguration configuration = context.getComponent("csta", CstaComponent.class).getConfiguration();
        configuration.setHost("127.0.0.1");
        configuration.setPort(server.port());
        configuration.setUsername("test@mydomain");
        configuration.setPassword("bla.bla");
        configuration.setPbxDomain("12345678.pbx.one-connect.dk");
        return context;
    }

    /** The last request of that name that the server received. */
    protected GenericMessage lastReceived(String name) {
        return server.received.stream().filter(m -> m.name().equals(name)).reduce((a, b) -> b).orElseThrow();
    }

    /** A DeliveredEvent of call SIP/1 at the device, for its monitor {@code m-<device>}. */
    protected static DeliveredEvent delivered(String device, String cause) {
        return new DeliveredEvent("m-" + device, new ConnectionId("SIP/1", device), null, null, null, null, "alerting", cause,
                null, null, null, null, null);
    }

    /** The Camel context stops first, so that no consumer sees the server go away (and reports it). */
    @Override
    protected void doPostTearDown() throws Exception {
        context.stop();
        server.close();
        super.doPostTearDown();
    }
}
