package org.camelcsta.protocol.model;

/** A message the server pushes without a request: monitor events and session termination. */
public interface CstaEvent extends CstaMessage {
}
