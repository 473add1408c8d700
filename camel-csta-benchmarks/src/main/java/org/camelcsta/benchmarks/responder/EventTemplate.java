package org.camelcsta.benchmarks.responder;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * A DeliveredEvent for one monitor, as the current server writes it (about 900 bytes), with the event's
 * sequence number in its callID ({@code SIP/hpbx-<n>}) so that the receiver can tell a lost or reordered
 * event. The bytes around the number are made once; each event only writes its number.
 */
public final class EventTemplate implements EventFrames {

    /** What precedes the sequence number in {@code connection.callID}. */
    static final String CALL_ID_PREFIX = "SIP/hpbx-";

    private final byte[] head;
    private final byte[] tail;

    public EventTemplate(String device, String crossRef) {
        String before = "<DeliveredEvent xmlns=\"" + CannedReplies.NAMESPACE + "\">"
                        + "<monitorCrossRefID>" + crossRef + "</monitorCrossRefID>"
                        + "<connection><callID>" + CALL_ID_PREFIX;
        String after = "</callID><deviceID>" + device + "</deviceID></connection>"
                       + "<alertingDevice><deviceIdentifier>" + device + "</deviceIdentifier></alertingDevice>"
                       + "<callingDevice><deviceIdentifier>22334455</deviceIdentifier></callingDevice>"
                       + "<calledDevice><deviceIdentifier>" + device + "</deviceIdentifier></calledDevice>"
                       + "<lastRedirectionDevice><deviceIdentifier/></lastRedirectionDevice>"
                       + "<localConnectionInfo>alerting</localConnectionInfo>"
                       + "<cause>newCall</cause>"
                       + "<networkCallingDevice><deviceIdentifier>22334455</deviceIdentifier></networkCallingDevice>"
                       + "<networkCalledDevice><deviceIdentifier>" + device + "</deviceIdentifier></networkCalledDevice>"
                       + "<associatedCallingDevice><deviceIdentifier>22334455</deviceIdentifier></associatedCallingDevice>"
                       + "<callLinkageData><globalCallData><globalCallLinkageId>bench-linkage</globalCallLinkageId>"
                       + "</globalCallData></callLinkageData>"
                       + "<privateData><callerName>Alice Example</callerName><localStatus>Alerting</localStatus>"
                       + "<callDirection>inbound</callDirection></privateData>"
                       + "</DeliveredEvent>";
        head = before.getBytes(StandardCharsets.UTF_8);
        tail = after.getBytes(StandardCharsets.UTF_8);
    }

    /** Event number {@code sequence} as one NUL-terminated frame. */
    @Override
    public ByteBuf frame(ByteBufAllocator alloc, long sequence) {
        ByteBuf out = alloc.buffer(head.length + tail.length + 21);
        out.writeBytes(head);
        out.writeCharSequence(Long.toString(sequence), StandardCharsets.US_ASCII);
        out.writeBytes(tail);
        out.writeByte(0);
        return out;
    }

    /** The sequence number that {@link #frame} put in a callID; -1 for another callID. */
    public static long sequenceOf(String callId) {
        if (callId == null || !callId.startsWith(CALL_ID_PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(callId, CALL_ID_PREFIX.length(), callId.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
