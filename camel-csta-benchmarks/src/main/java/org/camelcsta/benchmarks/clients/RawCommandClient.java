package org.camelcsta.benchmarks.clients;

import java.util.concurrent.TimeUnit;

import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;

/** MakeCall through a {@link RawClient}: the limit of its wire format. */
final class RawCommandClient implements CommandClient {

    private static final MakeCall REQUEST = new MakeCall("100", "200");

    private final RawClient client;

    RawCommandClient(RawClient client) {
        this.client = client;
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
