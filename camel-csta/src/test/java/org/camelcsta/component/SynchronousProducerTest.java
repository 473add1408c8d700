package org.camelcsta.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.channel.DefaultEventLoop;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.CstaTimeoutException;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the route goes on after a request. By default, and with {@code synchronous=true}, the sending thread waits
 * for the reply and the route goes on on it; with {@code synchronous=false}, and by default on the component's own
 * event threads, the route goes on on the component's executor. The body, headers and failures are the same.
 */
class SynchronousProducerTest extends ScriptedServerTestSupport {

    private static final String THREAD = "routeThread";
    private static final String HELD = "held";

    /** The MakeCalls from {@link #HELD} that the server has not answered yet. */
    private final List<Runnable> heldReplies = new CopyOnWriteArrayList<>();

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        switch (request.text("callingDevice")) {
            case "silent" -> { }
            case HELD -> heldReplies.add(() -> connection.reply(request, made(request)));
            case "refused" -> connection.reply(request, new CstaErrorCode("operation", "invalidCallingDevice", null));
            default -> connection.reply(request, made(request));
        }
    }

    private static MakeCallResponse made(GenericMessage request) {
        return new MakeCallResponse(new ConnectionId("SIP/" + request.text("calledDirectoryNumber"),
                request.text("callingDevice")), null);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:synchronous")
                        .to("csta:makeCall?calledDirectoryNumber=321&requestTimeout=1000&synchronous=true")
                        .setHeader(THREAD, () -> Thread.currentThread().getName());
                from("direct:default")
                        .to("csta:makeCall?calledDirectoryNumber=321&requestTimeout=1000")
                        .setHeader(THREAD, () -> Thread.currentThread().getName());
                from("direct:asynchronous")
                        .to("csta:makeCall?calledDirectoryNumber=321&requestTimeout=1000&synchronous=false")
                        .setHeader(THREAD, () -> Thread.currentThread().getName());
                // the second request is sent on the event thread that the first one's reply goes on on
                from("direct:onAnEventThread")
                        .to("direct:asynchronous")
                        .setHeader(CstaConstants.CALLING_DEVICE, constant(HELD))
                        .to("csta:makeCall?calledDirectoryNumber=321&requestTimeout=10000");
                from("direct:onAnEventThreadSynchronous")
                        .to("direct:asynchronous")
                        .setHeader(CstaConstants.CALLING_DEVICE, constant(HELD))
                        .to("csta:makeCall?calledDirectoryNumber=321&requestTimeout=10000&synchronous=true");
            }
        };
    }

    @Test
    void theRouteGoesOnOnTheSendingThreadWithTheReply() {
        Exchange exchange = send("direct:synchronous", "123");
        assertEquals(Thread.currentThread().getName(), exchange.getMessage().getHeader(THREAD));
        MakeCallResponse reply = assertInstanceOf(MakeCallResponse.class, exchange.getMessage().getBody());
        assertEquals("SIP/321", reply.callingDevice().callId());
        assertEquals("SIP/321", exchange.getMessage().getHeader(CstaConstants.CALL_ID));
    }

    @Test
    void byDefaultTheRouteGoesOnOnTheSendingThreadToo() {
        Exchange exchange = send("direct:default", "123");
        assertEquals(Thread.currentThread().getName(), exchange.getMessage().getHeader(THREAD));
        assertEquals("SIP/321", exchange.getMessage().getHeader(CstaConstants.CALL_ID));
    }

    @Test
    void withSynchronousFalseTheRouteGoesOnOnTheComponentsExecutor() {
        Exchange exchange = send("direct:asynchronous", "123");
        assertTrue(exchange.getMessage().getHeader(THREAD, String.class).contains("CstaEvents"));
        assertEquals("SIP/321", exchange.getMessage().getHeader(CstaConstants.CALL_ID));
    }

    /**
     * Every event thread sends a request whose reply the server holds back, and one more route needs an event thread
     * to go on: had the event threads waited for their replies, none would be free for it.
     */
    @Test
    void byDefaultARequestSentOnAnEventThreadLeavesTheThreadFree() throws Exception {
        List<Future<Exchange>> held = sendFromEveryEventThread("direct:onAnEventThread");

        assertEquals("SIP/321", sendAsynchronously().get(5, TimeUnit.SECONDS).getMessage()
                .getHeader(CstaConstants.CALL_ID));

        releaseHeld(held);
    }

    /** As above, with {@code synchronous=true}: the event threads wait, so the other route goes on only after them. */
    @Test
    void withSynchronousTrueARequestSentOnAnEventThreadHoldsTheThread() throws Exception {
        List<Future<Exchange>> held = sendFromEveryEventThread("direct:onAnEventThreadSynchronous");

        Future<Exchange> another = sendAsynchronously();
        await().during(500, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS).until(() -> !another.isDone());

        releaseHeld(held);
        assertEquals("SIP/321", another.get(5, TimeUnit.SECONDS).getMessage().getHeader(CstaConstants.CALL_ID));
    }

    /** A Netty event loop must not block: there the reply is handed over, as on an event thread. */
    @Test
    void byDefaultTheRouteOfAnEventLoopGoesOnOnTheComponentsExecutor() throws Exception {
        DefaultEventLoop loop = new DefaultEventLoop();
        try {
            Exchange sent = loop.submit(() -> send("direct:default", "123")).get(5, TimeUnit.SECONDS);
            assertTrue(sent.getMessage().getHeader(THREAD, String.class).contains("CstaEvents"));
            assertEquals("SIP/321", sent.getMessage().getHeader(CstaConstants.CALL_ID));
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    /** Sends one exchange per event thread, each of which sends a request whose reply the server holds back. */
    private List<Future<Exchange>> sendFromEveryEventThread(String route) {
        int eventThreads = CstaComponent.eventThreads();
        List<Future<Exchange>> held = new ArrayList<>();
        for (int i = 0; i < eventThreads; i++) {
            held.add(template.asyncSend(route, e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "123")));
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> heldReplies.size() == eventThreads);
        return held;
    }

    private Future<Exchange> sendAsynchronously() {
        return template.asyncSend("direct:asynchronous", e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "123"));
    }

    private void releaseHeld(List<Future<Exchange>> held) throws Exception {
        heldReplies.forEach(Runnable::run);
        for (Future<Exchange> sent : held) {
            MakeCallResponse reply = sent.get(5, TimeUnit.SECONDS).getMessage().getBody(MakeCallResponse.class);
            assertEquals(HELD, reply.callingDevice().deviceId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "direct:synchronous", "direct:default", "direct:asynchronous" })
    void aRefusalFailsTheExchange(String route) {
        Exchange exchange = send(route, "refused");
        CstaErrorException error = assertInstanceOf(CstaErrorException.class, exchange.getException());
        assertEquals("invalidCallingDevice", error.getErrorValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "direct:synchronous", "direct:default", "direct:asynchronous" })
    void aServerThatNeverRepliesTimesOut(String route) {
        assertInstanceOf(CstaTimeoutException.class, send(route, "silent").getException());
    }

    @Test
    void aWaitingThreadThatIsInterruptedFailsItsExchangeAndStaysInterrupted() throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
            Future<Exchange> sent = caller.submit(() -> {
                Exchange exchange = send("direct:synchronous", "silent");
                stillInterrupted.set(Thread.interrupted());
                return exchange;
            });
            await().atMost(5, TimeUnit.SECONDS).until(() -> server.received.stream()
                    .anyMatch(request -> request.name().equals("MakeCall")));
            caller.shutdownNow();
            Exchange exchange = sent.get(5, TimeUnit.SECONDS);
            assertInstanceOf(InterruptedException.class, exchange.getException());
            assertTrue(stillInterrupted.get());
        } finally {
            caller.shutdownNow();
        }
    }

    /** The component stops its executor last, but a reply may still come after it: the route must hear of it. */
    @Test
    void aReplyThatTheStoppedExecutorRefusesStillCompletesTheExchange() throws Exception {
        Future<Exchange> sent = template.asyncSend("direct:asynchronous",
                e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "silent"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> server.received.stream()
                .anyMatch(request -> request.name().equals("MakeCall")));
        context.getComponent("csta", CstaComponent.class).executor().shutdown();
        Exchange exchange = sent.get(5, TimeUnit.SECONDS);
        assertInstanceOf(CstaTimeoutException.class, exchange.getException());
    }

    private Exchange send(String route, String callingDevice) {
        return template.request(route, e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, callingDevice));
    }
}
