package org.camelcsta.client.transport;

import org.camelcsta.client.SessionSettings;

/** Makes a new, unconnected transport for a session's settings; one per connection attempt. */
@FunctionalInterface
public interface TransportFactory {

    /** A new transport for these settings, not yet connected. */
    Transport create(SessionSettings settings);
}
