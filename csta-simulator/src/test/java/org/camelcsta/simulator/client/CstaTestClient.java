package org.camelcsta.simulator.client;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MessageTypes;
import org.camelcsta.protocol.model.StartApplicationSession;

/**
 * A minimal CSTA client for tests, over one transport: requests carry a unique requestID and are matched to
 * their responses by it; events (and anything without a known requestID) are queued for the test.
 */
public abstract class CstaTestClient implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ConcurrentHashMap<String, BlockingQueue<GenericMessage>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<GenericMessage> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<GenericMessage> unmatched = new LinkedBlockingQueue<>();

    /** Sends a request as it is (no requestID added). */
    public abstract void sendRaw(GenericMessage message);

    @Override
    public abstract void close();

    /** Whether the server closed the connection. */
    public abstract boolean isClosed();

    /** Sends a request with a fresh requestID and waits for its response. */
    public GenericMessage request(CstaMessage request) {
        String requestId = UUID.randomUUID().toString();
        BlockingQueue<GenericMessage> reply = new LinkedBlockingQueue<>();
        pending.put(requestId, reply);
        sendRaw(MessageBinder.standard().unbind(request).withRequestId(requestId));
        try {
            GenericMessage response = reply.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (response == null) {
                throw new AssertionError("no response to " + request.messageName() + " within " + TIMEOUT);
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            pending.remove(requestId);
        }
    }

    /** Logs in with the first seed login. */
    public GenericMessage login(int seconds) {
        GenericMessage response = request(new StartApplicationSession("test@mydomain", "bla.bla",
                "12345678.pbx.one-connect.dk", seconds));
        if (!response.name().equals("StartApplicationSessionPosResponse")) {
            throw new AssertionError("login failed: " + response);
        }
        return response;
    }

    /** Events received, oldest first. */
    public BlockingQueue<GenericMessage> events() {
        return events;
    }

    /** Messages that are neither events nor responses to a pending request (e.g. answers to raw frames). */
    public BlockingQueue<GenericMessage> unmatched() {
        return unmatched;
    }

    /** The next unmatched message, or a failure after the timeout. */
    public GenericMessage nextUnmatched() {
        try {
            GenericMessage message = unmatched.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no message within " + TIMEOUT);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Called by the transport for each message received. */
    protected void received(GenericMessage message) {
        String requestId = message.requestId();
        BlockingQueue<GenericMessage> reply = requestId == null ? null : pending.get(requestId);
        if (reply != null) {
            reply.add(message);
        } else if (MessageTypes.isEvent(message.name())) {
            events.add(message);
        } else {
            unmatched.add(message);
        }
    }
}
