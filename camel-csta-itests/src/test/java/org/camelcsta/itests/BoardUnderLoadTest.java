package org.camelcsta.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's live feed under load: 100 calls a second for 30 s (each rung and hung up through the control
 * API) at devices a route monitors, with the board open in headless Chromium. The page must stay live and
 * bounded (its log rows, its DOM, its script heap), and so must the server (its traffic log, the bytes waiting
 * for the page, its heap). {@code -Dboard.load.seconds=N} shortens or lengthens the run.
 */
class BoardUnderLoadTest extends SimulatorTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(BoardUnderLoadTest.class);
    private static final int CALLS_PER_SECOND = 100;
    private static final int DEVICES = 20;
    private static final int MAX_IN_FLIGHT = 64;
    /** The page keeps this many log rows (board.js MAX_LOG_ROWS). */
    private static final int PAGE_LOG_ROWS = 200;
    private static final long MAX_PENDING_BYTES = 1024 * 1024;
    private static final long MAX_DOM_ELEMENTS = 5_000;
    private static final long MAX_PAGE_HEAP = 64L * 1024 * 1024;
    private static final long MAX_SERVER_HEAP_GROWTH = 64L * 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong routedEvents = new AtomicLong();

    /** One sample of what the page and the server hold. */
    private record Sample(long updates, int logRows, long domElements, long pageHeap, int serverLogEntries,
            long pendingBytes) {
    }

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED).controlPort(0);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,"
                        + "118,119").routeId("count-events")
                        .process(exchange -> routedEvents.incrementAndGet());
            }
        };
    }

    @Test
    void pageAndServerStayLiveAndBounded() throws Exception {
        int seconds = Integer.getInteger("board.load.seconds", 30);
        int calls = CALLS_PER_SECOND * seconds;
        try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
            BoardPage board = new BoardPage(browser.driver()).open(simulator.boardUrl());
            long heapBefore = usedHeapAfterGc();

            List<Sample> samples = new ArrayList<>();
            Load load = new Load(calls);
            load.start();
            // one sample a second while the load runs: the poll interval paces the sampling
            Awaitility.await().atMost(Duration.ofSeconds(seconds * 4L + 30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        samples.add(sample(board));
                        return load.done();
                    });
            browser.screenshot("board-under-load");
            long heapAfter = usedHeapAfterGc();
            load.stop();

            LOG.info("{} calls in {} ms ({} failed requests), {} events routed; samples: {}", calls,
                    load.elapsedMillis(), load.failures(), routedEvents.get(), samples);
            LOG.info("server heap after GC: {} KB before, {} KB after", heapBefore / 1024, heapAfter / 1024);
            assertEquals(0, load.failures(), "every control API request succeeds");
            assertTrue(routedEvents.get() >= calls, "the route saw the calls' events: " + routedEvents.get());
            assertTrue(samples.size() >= 3, "sampled the page while the load ran: " + samples);

            Sample busiest = samples.stream().max((a, b) -> Integer.compare(a.logRows(), b.logRows())).orElseThrow();
            assertEquals(PAGE_LOG_ROWS, busiest.logRows(), "the page's log filled up to its bound, no further");
            for (Sample sample : samples) {
                assertTrue(sample.logRows() <= PAGE_LOG_ROWS, "page log rows: " + sample);
                assertTrue(sample.domElements() <= MAX_DOM_ELEMENTS, "page DOM elements: " + sample);
                assertTrue(sample.pageHeap() <= MAX_PAGE_HEAP, "page script heap: " + sample);
                assertTrue(sample.serverLogEntries() <= 500, "server log entries: " + sample);
                assertTrue(sample.pendingBytes() <= MAX_PENDING_BYTES, "bytes waiting for the page: " + sample);
            }
            assertTrue(heapAfter - heapBefore <= MAX_SERVER_HEAP_GROWTH,
                    "server heap grew by " + (heapAfter - heapBefore) / 1024 + " KB");
            long distinctUpdates = samples.stream().mapToLong(Sample::updates).distinct().count();
            assertTrue(distinctUpdates >= samples.size() / 2, "the page kept updating: " + samples);

            // still live afterwards: the calls are gone from the page, and a click still rings a phone
            BoardPage.await().until(() -> simulator.calls().isEmpty());
            BoardPage.await().until(() -> "idle".equals(board.phoneState("119")) && "idle".equals(board.phoneState("100")));
            board.click("Ring 130");
            board.awaitPhone("130", "ringing");
            board.click("Hang up 130");
            board.awaitPhone("130", "idle");
        }
    }

    private Sample sample(BoardPage board) throws Exception {
        JsonNode feed = json.readTree(control("GET", "/status", null).body()).get("board");
        return new Sample(board.updates(), board.logRows(),
                board.number("return document.getElementsByTagName('*').length"),
                board.number("return performance.memory ? performance.memory.usedJSHeapSize : 0"),
                feed.get("logEntries").asInt(), feed.get("maxPendingBytes").asLong());
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private HttpResponse<String> control(String method, String path, String body) throws Exception {
        return http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.controlPort() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json") // the control port refuses writes of any other type
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Rings and hangs up {@link #CALLS_PER_SECOND} calls a second through the control API. */
    private final class Load {

        private final int calls;
        private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        private final AtomicInteger started = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final long startNanos = System.nanoTime();
        private volatile long endNanos;

        Load(int calls) {
            this.calls = calls;
        }

        void start() {
            pacer.scheduleAtFixedRate(this::placeCall, 0, 1_000_000 / CALLS_PER_SECOND, TimeUnit.MICROSECONDS);
        }

        private void placeCall() {
            int n = started.getAndIncrement();
            if (n >= calls) {
                pacer.shutdown();
                return;
            }
            inFlight.acquireUninterruptibly();
            String device = Integer.toString(100 + n % DEVICES);
            String ring = "{\"from\": \"4570" + (100000 + n) + "\", \"to\": \"" + device + "\"}";
            http.sendAsync(request("POST", "/calls", ring), HttpResponse.BodyHandlers.ofString())
                    .thenCompose(rung -> {
                        count(rung, 201);
                        return http.sendAsync(request("POST", "/devices/" + device + "/hangup", ""),
                                HttpResponse.BodyHandlers.ofString());
                    })
                    .whenComplete((hungUp, failure) -> {
                        if (failure != null) {
                            failures.incrementAndGet();
                        } else {
                            count(hungUp, 200);
                        }
                        inFlight.release();
                        if (finished.incrementAndGet() == calls) {
                            endNanos = System.nanoTime();
                        }
                    });
        }

        private void count(HttpResponse<String> response, int expected) {
            if (response.statusCode() != expected) {
                failures.incrementAndGet();
                LOG.warn("control API answered {}: {}", response.statusCode(), response.body());
            }
        }

        boolean done() {
            return finished.get() >= calls;
        }

        int failures() {
            return failures.get();
        }

        long elapsedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
        }

        void stop() {
            pacer.shutdownNow();
        }
    }
}
