package org.camelcsta.benchmarks.clients;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What a Camel user writes without this component: a route that builds the request as an XML string, sends it
 * with camel-netty ({@code netty:tcp://host:port?textline=true&delimiter=NULL&sync=true}) and reads the reply
 * with camel-jacksonxml into a Map. camel-netty 4.18 spells the NUL framing {@code delimiter=NULL}: its
 * decoder splits on Netty's {@code Delimiters.nulDelimiter()}, and its producer (NettyHelper.getTextlineBody,
 * {@code autoAppendDelimiter=true} by default) appends the {@code \0} to each body before the string encoder.
 * <p>
 * A sync producer holds a pooled connection per request in flight (no pipelining), so 64 callers open up to 64
 * connections. It never logs in on them, which the real server would refuse and the benchmark's responder
 * allows: the comparison is kind to the hand-rolled route.
 */
public final class HandRolledNettyRoute implements CommandClient {

    private static final String MAKE_CALL = "<MakeCall><callingDevice>100</callingDevice>"
                                            + "<calledDirectoryNumber>200</calledDirectoryNumber>"
                                            + "<autoOriginate>doNotPrompt</autoOriginate></MakeCall>";

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint entry;

    public HandRolledNettyRoute(int port) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:makeCall")
                        .setBody(constant(MAKE_CALL))
                        .to("netty:tcp://127.0.0.1:" + port + "?textline=true&delimiter=NULL&sync=true")
                        .unmarshal().jacksonXml();
            }
        });
        context.start();
        template = context.createProducerTemplate();
        entry = context.getEndpoint("direct:makeCall");
        makeCall();
    }

    @Override
    @SuppressWarnings("unchecked")
    public String makeCall() {
        Map<String, Object> reply = template.requestBody(entry, null, Map.class);
        Map<String, Object> callingDevice = (Map<String, Object>) reply.get("callingDevice");
        return (String) callingDevice.get("callID");
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
