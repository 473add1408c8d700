package org.camelcsta.benchmarks.responder;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/**
 * Reads just enough of a request frame to answer it: the root element's name, the echoed
 * {@code privateData.requestID} and, for MonitorStart, the device. A full XML parse here would make the
 * responder, not the client, the thing being measured.
 */
final class RequestSniffer {

    private static final byte[] REQUEST_ID_OPEN = "<requestID>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEVICE_OBJECT_OPEN = "<deviceObject>".getBytes(StandardCharsets.US_ASCII);

    private RequestSniffer() {
    }

    /** The root element's name, skipping an XML declaration; {@code null} for a frame without one. */
    static String rootName(ByteBuf frame) {
        int i = frame.readerIndex();
        int end = frame.writerIndex();
        while (i < end) {
            int open = frame.indexOf(i, end, (byte) '<');
            if (open < 0 || open + 1 >= end) {
                return null;
            }
            byte next = frame.getByte(open + 1);
            if (next == '?' || next == '!') {
                i = open + 1; // a declaration or a comment: look for the next element
                continue;
            }
            int stop = open + 1;
            while (stop < end) {
                byte b = frame.getByte(stop);
                if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\r' || b == '\n') {
                    break;
                }
                stop++;
            }
            return frame.toString(open + 1, stop - open - 1, StandardCharsets.US_ASCII);
        }
        return null;
    }

    /** The text of the first {@code <requestID>} element, or {@code null}. */
    static String requestId(ByteBuf frame) {
        return textOf(frame, REQUEST_ID_OPEN);
    }

    /** The text of the first {@code <deviceObject>} element, or {@code null}. */
    static String deviceObject(ByteBuf frame) {
        return textOf(frame, DEVICE_OBJECT_OPEN);
    }

    private static String textOf(ByteBuf frame, byte[] openTag) {
        return textBetween(frame, openTag, (byte) '<');
    }

    /** The text from the end of the first {@code open} to the next {@code close}, or {@code null}. */
    static String textBetween(ByteBuf frame, byte[] open, byte close) {
        int start = indexOf(frame, open);
        if (start < 0) {
            return null;
        }
        int textStart = start + open.length;
        int end = frame.indexOf(textStart, frame.writerIndex(), close);
        return end < 0 ? null : frame.toString(textStart, end - textStart, StandardCharsets.UTF_8);
    }

    private static int indexOf(ByteBuf frame, byte[] needle) {
        int end = frame.writerIndex() - needle.length;
        int i = frame.readerIndex();
        while (i <= end) {
            int candidate = frame.indexOf(i, end + 1, needle[0]);
            if (candidate < 0) {
                return -1;
            }
            boolean match = true;
            for (int k = 1; k < needle.length; k++) {
                if (frame.getByte(candidate + k) != needle[k]) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return candidate;
            }
            i = candidate + 1;
        }
        return -1;
    }
}
