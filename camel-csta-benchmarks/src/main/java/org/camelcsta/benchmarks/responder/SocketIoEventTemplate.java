package org.camelcsta.benchmarks.responder;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/**
 * {@link EventTemplate}'s DeliveredEvent in JSON, emitted as the socket.io {@code message} event (one
 * websocket text frame, {@code 42["message",{"DeliveredEvent":{...}}]}), the sequence number in its callID.
 */
final class SocketIoEventTemplate implements EventFrames {

    private final byte[] head;
    private final byte[] tail;

    SocketIoEventTemplate(String device, String crossRef) {
        String before = SocketIoPackets.MESSAGE_EVENT + "{\"DeliveredEvent\":{"
                        + "\"monitorCrossRefID\":\"" + crossRef + "\","
                        + "\"connection\":{\"callID\":\"" + EventTemplate.CALL_ID_PREFIX;
        String after = "\",\"deviceID\":\"" + device + "\"},"
                       + "\"alertingDevice\":{\"deviceIdentifier\":\"" + device + "\"},"
                       + "\"callingDevice\":{\"deviceIdentifier\":\"22334455\"},"
                       + "\"calledDevice\":{\"deviceIdentifier\":\"" + device + "\"},"
                       + "\"lastRedirectionDevice\":{\"deviceIdentifier\":\"\"},"
                       + "\"localConnectionInfo\":\"alerting\","
                       + "\"cause\":\"newCall\","
                       + "\"networkCallingDevice\":{\"deviceIdentifier\":\"22334455\"},"
                       + "\"networkCalledDevice\":{\"deviceIdentifier\":\"" + device + "\"},"
                       + "\"associatedCallingDevice\":{\"deviceIdentifier\":\"22334455\"},"
                       + "\"callLinkageData\":{\"globalCallData\":{\"globalCallLinkageId\":\"bench-linkage\"}},"
                       + "\"privateData\":{\"callerName\":\"Alice Example\",\"localStatus\":\"Alerting\","
                       + "\"callDirection\":\"inbound\"}"
                       + "}}" + SocketIoPackets.MESSAGE_EVENT_END;
        head = before.getBytes(StandardCharsets.UTF_8);
        tail = after.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public TextWebSocketFrame frame(ByteBufAllocator alloc, long sequence) {
        ByteBuf out = alloc.buffer(head.length + tail.length + 20);
        out.writeBytes(head);
        out.writeCharSequence(Long.toString(sequence), StandardCharsets.US_ASCII);
        out.writeBytes(tail);
        return new TextWebSocketFrame(out);
    }
}
