package org.camelcsta.simulator.control;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * A control API answer.
 *
 * @param status the HTTP status
 * @param body   what is written as JSON
 */
record ControlReply(HttpResponseStatus status, Object body) {

    static ControlReply ok(Object body) {
        return new ControlReply(HttpResponseStatus.OK, body);
    }

    static ControlReply error(HttpResponseStatus status, String message) {
        return new ControlReply(status, new ErrorBody(message));
    }

    /** @param error what went wrong, in words */
    record ErrorBody(String error) {
    }
}
