package org.camelcsta.client.transport.socketio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.socket.thread.EventThread;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the socket.io transport reports a read complete: messages queued on the library's event thread. */
class ReadCompletionTest {

    private final List<String> reported = Collections.synchronizedList(new ArrayList<>());
    private final ReadCompletion completion = new ReadCompletion(new TransportListener() {
        @Override
        public void onMessage(GenericMessage message, int frameSize) {
        }

        @Override
        public void onReadComplete() {
            reported.add("read complete");
        }

        @Override
        public void onClosed(Throwable cause) {
        }
    });

    @Test
    void reportsTheReadCompleteOnceAfterTheMessagesTheLibraryHadQueued() throws Exception {
        deliverQueuedAtOnce(3);
        await().atMost(5, TimeUnit.SECONDS).until(() -> allReported(3));
        assertEquals(List.of("message", "message", "message", "read complete"), reported);
    }

    @Test
    void reportsALoneMessageAtOnce() {
        EventThread.exec(this::deliver);
        await().atMost(5, TimeUnit.SECONDS).until(() -> allReported(1));
        assertEquals(List.of("message", "read complete"), reported);
    }

    @Test
    void reportsAReadCompleteAfterAtMostMaxMessagesOfALongBacklog() throws Exception {
        int backlog = ReadCompletion.MAX_MESSAGES + 1;
        deliverQueuedAtOnce(backlog);
        await().atMost(5, TimeUnit.SECONDS).until(() -> allReported(backlog));
        assertEquals("read complete", reported.get(ReadCompletion.MAX_MESSAGES));
        assertEquals(List.of("message", "read complete"), reported.subList(backlog, backlog + 2));
    }

    /** Holds the library's event thread while {@code count} messages queue behind, as a burst read from the socket. */
    private void deliverQueuedAtOnce(int count) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventThread.exec(() -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < count; i++) {
            EventThread.exec(this::deliver);
        }
        release.countDown();
    }

    /** Whether {@code messages} messages have been reported, and a read complete after the last of them. */
    private boolean allReported(int messages) {
        synchronized (reported) {
            return reported.stream().filter("message"::equals).count() == messages
                   && reported.get(reported.size() - 1).equals("read complete");
        }
    }

    private void deliver() {
        reported.add("message");
        completion.messageDelivered();
    }
}
