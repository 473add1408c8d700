package org.camelcsta.client.transport.tcp;

import org.camelcsta.protocol.model.GenericMessage;

/** A message read from one NUL-delimited frame, with the frame's size in bytes. */
record DecodedFrame(GenericMessage message, int size) {
}
