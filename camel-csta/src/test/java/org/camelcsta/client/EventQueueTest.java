package org.camelcsta.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.HeldEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A connection's reader queues the events of a read, then hands the queue over: one task per read, in order. */
class EventQueueTest {

    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Executor executor = tasks::add;
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private EventQueue queue = new EventQueue(event -> {
        handled.add(((HeldEvent) event).monitorCrossRefId());
        return null;
    }, executor, new ReadGate(1 << 20), 100);

    @Test
    void theEventsOfAReadWaitForTheHandOverAndGoInOneTask() {
        assertTrue(queue.add(event("1"), 10), "an idle queue waits for its hand-over");
        assertFalse(queue.add(event("2"), 10), "asked for once per read");
        assertTrue(tasks.isEmpty(), "nothing runs before the hand-over");

        queue.handOver();
        queue.handOver();
        assertEquals(1, tasks.size(), "one task, however often it is handed over");
        runAll();
        assertEquals(List.of("1", "2"), handled);
    }

    /** A snapshot's reply or an event read as the subscriber goes away must not run its stopped route. */
    @Test
    void nothingOfferedAfterTheReleaseReachesTheHandler() {
        ReadGate gate = new ReadGate(1 << 20);
        queue = new EventQueue(event -> {
            handled.add(((HeldEvent) event).monitorCrossRefId());
            return null;
        }, Runnable::run, gate, 100);
        queue.offer(event("1"), 10);
        queue.release();

        queue.offer(event("2"), 10);
        assertFalse(queue.add(event("3"), 10), "nothing to hand over");
        queue.handOver();
        assertEquals(List.of("1"), handled);
        assertEquals(0, queue.size());
        assertEquals(0, gate.queuedBytes(), "nothing counts against the byte budget");
    }

    @Test
    void anEventAddedWhileTheQueueIsHandedOverGoesInTheSameRun() {
        queue = new EventQueue(event -> {
            handled.add(((HeldEvent) event).monitorCrossRefId());
            if (handled.size() == 1) {
                assertFalse(queue.add(event("3"), 10), "no hand-over needed while one is under way");
            }
            return null;
        }, executor, new ReadGate(1 << 20), 100);
        queue.add(event("1"), 10);
        queue.add(event("2"), 10);
        queue.handOver();
        runAll();
        assertEquals(List.of("1", "2", "3"), handled);
    }

    @Test
    void anEventThatCannotBeBoundIsSkippedAndTheQueueGoesOn() {
        queue.add(() -> {
            throw new StackOverflowError(); // not one that binding reports: the queue must go on all the same
        }, 10);
        queue.add(() -> null, 10); // one that could not be read, logged where it was bound
        queue.add(event("3"), 10);
        queue.handOver();
        runAll();
        assertEquals(List.of("3"), handled);
        assertTrue(queue.add(event("4"), 10), "the queue is idle again");
    }

    /** {@code toCompletableFuture} is optional in a CompletionStage: the queue waits for such a stage to complete. */
    @Test
    void aHandlersStageThatIsNoCompletableFutureHoldsTheNextEventUntilItCompletes() {
        CompletableFuture<Void> first = new CompletableFuture<>();
        queue = new EventQueue(event -> {
            handled.add(((HeldEvent) event).monitorCrossRefId());
            return handled.size() == 1 ? refusingToBeAFuture(first) : null;
        }, executor, new ReadGate(1 << 20), 100);
        queue.add(event("1"), 10);
        queue.add(event("2"), 10);
        queue.handOver();
        runAll();
        assertEquals(List.of("1"), handled, "the second waits for the first");
        first.complete(null);
        runAll();
        assertEquals(List.of("1", "2"), handled);
    }

    @Test
    void anOfferedEventIsHandedOverAtOnce() {
        queue.offer(event("1"), 0);
        assertEquals(1, tasks.size());
        runAll();
        assertEquals(List.of("1"), handled);
    }

    @SuppressWarnings("unchecked")
    private static CompletionStage<Void> refusingToBeAFuture(CompletionStage<Void> stage) {
        return (CompletionStage<Void>) Proxy.newProxyInstance(CompletionStage.class.getClassLoader(),
                new Class<?>[] { CompletionStage.class }, (proxy, method, args) -> {
                    if (method.getName().equals("toCompletableFuture")) {
                        throw new UnsupportedOperationException();
                    }
                    try {
                        return method.invoke(stage, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void runAll() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            task.run();
        }
    }

    private static Supplier<CstaEvent> event(String crossRef) {
        CstaEvent event = new HeldEvent(crossRef, new ConnectionId("SIP/1", "200"), null, "held", null, null, null);
        return () -> event;
    }
}
