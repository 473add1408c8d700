package org.camelcsta.client;

/**
 * What makes two sessions the same: endpoints with equal keys share one login and one connection.
 */
public record SessionKey(TransportType transport, String host, int port, String username, String pbxDomain) {

    @Override
    public String toString() {
        return transport.name().toLowerCase() + "://" + username + "@" + host + ":" + port + "/" + pbxDomain;
    }
}
