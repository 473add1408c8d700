package org.camelcsta.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

/**
 * The one way the examples' HTTP routes answer: a JSON body, a status, and no header of the request. Text that came
 * from the caller (a field name, Jackson's quote of bad input) is JSON-escaped, and {@code <}, {@code >}, {@code &}
 * and {@code '} are escaped as well, so that an answer is inert even where a browser is talked into reading it as
 * HTML.
 */
final class HttpReply {

    /** Every error answer: what went wrong, and the details. */
    record Error(String error, String details) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new MarkupEscapes());
    }

    private HttpReply() {
    }

    static void json(Exchange exchange, int status, Object body) throws JsonProcessingException {
        // the exchange's headers become the response's: only the ones set here, none of the request's
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setHeader("X-Content-Type-Options", "nosniff");
        exchange.getMessage().setHeader("Cache-Control", "no-store");
        exchange.getMessage().setBody(MAPPER.writeValueAsString(body));
    }

    static void error(Exchange exchange, int status, String error, String details) throws JsonProcessingException {
        json(exchange, status, new Error(error, details));
    }

    /** Jackson's standard escapes plus the characters that mean something in HTML. */
    private static final class MarkupEscapes extends CharacterEscapes {

        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        MarkupEscapes() {
            for (char markup : new char[] { '<', '>', '&', '\'' }) {
                escapes[markup] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only standard escapes (backslash-u) are used
        }
    }
}
