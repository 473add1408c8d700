package org.camelcsta.itests;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.camelcsta.client.ClientResources;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The README's monitor-then-request pattern under a burst: a subscriber with a tiny queue that sends one request
 * per event and waits for its reply. The replies share the connection with the burst's events, so reading goes on
 * while a reply is awaited (within the byte budget): every request is answered, none times out.
 */
class BurstRequestsTest {

    private static final int CALLS = 400;
    /**
     * Far above a reply's usual time, so that only a stall fails a request (on a loaded two-core machine a few of
     * 400 simulator replies took over 500 ms); without reading on while a reply is awaited nearly all would fail.
     */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private CstaSimulator simulator;
    private ClientResources resources;
    private CstaSession session;

    @BeforeEach
    void start() {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED).build();
        simulator.start();
        resources = ClientResources.create(2, Executors.newFixedThreadPool(2), true);
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        resources.close();
        simulator.stop();
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = { "XML", "SOCKETIO" })
    void aRouteThatSendsARequestPerEventCompletesEveryRequestOfABurst(TransportType transport) {
        session = new CstaSession(SessionSettings.builder().transport(transport).host("127.0.0.1")
                .port(transport == TransportType.XML ? simulator.xmlPort() : simulator.socketIoPort())
                .credentials(SimulatorTestSupport.USER, SimulatorTestSupport.PASSWORD, SimulatorTestSupport.DOMAIN)
                .build(), resources);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        session.subscribe(List.of("192"), Set.of("DeliveredEvent"), event ->
                session.request(new MakeCall("193", "55599999"), REQUEST_TIMEOUT, null).handle((reply, error) -> {
                    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                    if (cause == null || cause instanceof CstaErrorException) {
                        answered.incrementAndGet(); // a refusal is an answer too
                    } else {
                        timedOut.incrementAndGet();
                    }
                    return null;
                }), 2);
        await().until(() -> simulator.monitorCount("192") == 1);

        for (int i = 0; i < CALLS; i++) {
            simulator.incomingCall("5551" + (1000 + i), "192");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> answered.get() + timedOut.get() == CALLS);
        assertEquals(0, timedOut.get(), "requests that timed out");
        assertEquals(CALLS, answered.get());
    }
}
