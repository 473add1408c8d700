package org.camelcsta.benchmarks.clients;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;

/** MakeCall through the {@link RawNettyClient}: the limit. */
final class RawCommandClient implements CommandClient {

    private static final MakeCall REQUEST = new MakeCall("100", "200");

    private final RawNettyClient client;

    RawCommandClient(int port) throws Exception {
        client = new RawNettyClient(event -> { }).connect(port, Duration.ofSeconds(10));
    }

    @Override
    public String makeCall() throws Exception {
        MakeCallResponse reply = (MakeCallResponse) client.request(REQUEST).get(10, TimeUnit.SECONDS);
        return reply.callingDevice().callId();
    }

    @Override
    public void close() {
        client.close();
    }
}
