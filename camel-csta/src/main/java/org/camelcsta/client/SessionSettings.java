package org.camelcsta.client;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * How a session connects and behaves. Build with {@link #builder()}.
 *
 * @param transport         the way in
 * @param host              the server
 * @param port              the server's port, {@code 0} for the transport's default
 * @param username          the login ({@code vendorData:userID})
 * @param password          the password; never shown by {@link #toString()}
 * @param pbxDomain         the PBX ({@code vendorData:pbxDomain})
 * @param sessionDuration   the session length asked for at login, in seconds
 * @param keepAlive         whether to reset the session timer before it runs out
 * @param reconnectDelay    the first wait before reconnecting; it doubles up to {@code maxReconnectDelay}. After a
 *                          connection that had been logged in for at least this long, the first attempt goes at once
 * @param maxReconnectDelay the longest wait between reconnect attempts
 * @param connectTimeout    how long a connection attempt may take
 * @param maxFrameSize      the largest message accepted from the server, in bytes
 * @param sslContext        TLS for {@code https}; {@code null} for the JVM's default trust
 * @param verifyHostname    whether the server certificate must name the host ({@code https})
 * @param maxQueuedBytes    the byte budget of the events that wait in the subscribers' queues (each counted by its
 *                          frame size): at the budget the session stops reading from the server, even while a
 *                          reply is awaited, until half of it is free
 * @param dialect           how requests are spelled ({@link WireDialect}); {@code null} to decide at login, by the
 *                          server's {@code actualProtocolVersion}
 */
public record SessionSettings(
        TransportType transport,
        String host,
        int port,
        String username,
        String password,
        String pbxDomain,
        int sessionDuration,
        boolean keepAlive,
        Duration reconnectDelay,
        Duration maxReconnectDelay,
        Duration connectTimeout,
        int maxFrameSize,
        SSLContext sslContext,
        boolean verifyHostname,
        long maxQueuedBytes,
        WireDialect dialect) {

    public static final int DEFAULT_MAX_FRAME_SIZE = 1024 * 1024;
    public static final long DEFAULT_MAX_QUEUED_BYTES = 16L * 1024 * 1024;

    public SessionSettings {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        Objects.requireNonNull(maxReconnectDelay, "maxReconnectDelay");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (sessionDuration <= 0) {
            throw new IllegalArgumentException("sessionDuration must be positive, was " + sessionDuration);
        }
        if (maxFrameSize <= 0) {
            throw new IllegalArgumentException("maxFrameSize must be positive, was " + maxFrameSize);
        }
        if (maxQueuedBytes <= 0) {
            throw new IllegalArgumentException("maxQueuedBytes must be positive, was " + maxQueuedBytes);
        }
    }

    /** The port in use: the configured one, or the transport's default. */
    public int effectivePort() {
        return port > 0 ? port : transport.defaultPort();
    }

    /** The key under which this session is shared. */
    public SessionKey key() {
        return new SessionKey(transport, host, effectivePort(), username, pbxDomain);
    }

    /**
     * Whether another endpoint's settings for the same key would behave differently on this session. TLS
     * contexts are compared by presence only: each endpoint builds its own from the same parameters.
     */
    public boolean conflictsWith(SessionSettings other) {
        return !Objects.equals(password, other.password) || sessionDuration != other.sessionDuration
               || keepAlive != other.keepAlive || maxFrameSize != other.maxFrameSize
               || !reconnectDelay.equals(other.reconnectDelay) || !maxReconnectDelay.equals(other.maxReconnectDelay)
               || !connectTimeout.equals(other.connectTimeout) || verifyHostname != other.verifyHostname
               || (sslContext == null) != (other.sslContext == null) || maxQueuedBytes != other.maxQueuedBytes
               || dialect != other.dialect;
    }

    @Override
    public String toString() {
        return "SessionSettings[" + key() + ", password=" + (password == null ? "none" : "******")
               + ", sessionDuration=" + sessionDuration + ", keepAlive=" + keepAlive + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings; the defaults suit the provider. */
    public static final class Builder {
        private TransportType transport = TransportType.XML;
        private String host = "localhost";
        private int port;
        private String username;
        private String password;
        private String pbxDomain;
        private int sessionDuration = 300;
        private boolean keepAlive = true;
        private Duration reconnectDelay = Duration.ofSeconds(1);
        private Duration maxReconnectDelay = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxFrameSize = DEFAULT_MAX_FRAME_SIZE;
        private SSLContext sslContext;
        private boolean verifyHostname = true;
        private long maxQueuedBytes = DEFAULT_MAX_QUEUED_BYTES;
        private WireDialect dialect;

        /** The way in; default {@code XML}. */
        public Builder transport(TransportType transport) {
            this.transport = transport;
            return this;
        }

        /** The server; default {@code localhost}. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The server's port; {@code 0} (default) for the transport's. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The login, its password and the PBX domain. */
        public Builder credentials(String username, String password, String pbxDomain) {
            this.username = username;
            this.password = password;
            this.pbxDomain = pbxDomain;
            return this;
        }

        /** The session length asked for at login, in seconds; default 300. */
        public Builder sessionDuration(int seconds) {
            this.sessionDuration = seconds;
            return this;
        }

        /** Whether to reset the session timer before it runs out; default {@code true}. */
        public Builder keepAlive(boolean keepAlive) {
            this.keepAlive = keepAlive;
            return this;
        }

        /** The first and the longest wait between reconnect attempts; default 1 s and 30 s. */
        public Builder reconnectDelay(Duration first, Duration max) {
            this.reconnectDelay = first;
            this.maxReconnectDelay = max;
            return this;
        }

        /** How long connecting, login and the session's own requests may take; default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** The largest message accepted from the server; default 1 MiB. */
        public Builder maxFrameSize(int bytes) {
            this.maxFrameSize = bytes;
            return this;
        }

        /** TLS for https: the context ({@code null} for the JVM's) and whether the certificate must name the host. */
        public Builder tls(SSLContext sslContext, boolean verifyHostname) {
            this.sslContext = sslContext;
            this.verifyHostname = verifyHostname;
            return this;
        }

        /**
         * The byte budget of the events waiting in the subscribers' queues, counted by frame size; default 16 MiB.
         * At the budget reading stops, even while a reply is awaited.
         */
        public Builder maxQueuedBytes(long bytes) {
            this.maxQueuedBytes = bytes;
            return this;
        }

        /** How requests are spelled; {@code null} (the default) to decide at login. */
        public Builder dialect(WireDialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /** The settings collected. */
        public SessionSettings build() {
            return new SessionSettings(transport, host, port, username, password, pbxDomain, sessionDuration, keepAlive,
                    reconnectDelay, maxReconnectDelay, connectTimeout, maxFrameSize, sslContext, verifyHostname,
                    maxQueuedBytes, dialect);
        }
    }
}
