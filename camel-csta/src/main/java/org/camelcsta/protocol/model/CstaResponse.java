package org.camelcsta.protocol.model;

/** A reply to a request: a positive response or a {@link CstaErrorCode}. */
public interface CstaResponse extends CstaMessage {
}
