package org.camelcsta.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * How to reach the provider and behave on its session: set on the component for every endpoint, and
 * overridable on each endpoint.
 */
@UriParams
public class CstaConfiguration implements Cloneable {

    @UriParam(defaultValue = "csta.one-connect.dk")
    private String host = "csta.one-connect.dk";
    @UriParam
    private int port;
    @UriParam(defaultValue = "xml", enums = "xml,socketio,http,https")
    private String transport = "xml";
    @UriParam(label = "security")
    private String username;
    @UriParam(label = "security", secret = true)
    private String password;
    @UriParam(label = "security")
    private String pbxDomain;
    @UriParam(defaultValue = "300")
    private int sessionDuration = 300;
    @UriParam(defaultValue = "10000", javaType = "java.time.Duration")
    private long requestTimeout = 10000;
    @UriParam(enums = "ok,error")
    private String test;
    @UriParam(label = "advanced", defaultValue = "auto", enums = "auto,2020,current")
    private String dialect = "auto";
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean keepAlive = true;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration")
    private long reconnectDelay = 1000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long maxReconnectDelay = 30000;
    @UriParam(label = "advanced", defaultValue = "1048576")
    private int maxFrameSize = 1024 * 1024;
    @UriParam(label = "advanced", defaultValue = "16777216")
    private long maxQueuedEventBytes = 16L * 1024 * 1024;
    @UriParam(label = "security")
    @Metadata(autowired = false)
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "security", defaultValue = "true")
    private boolean verifyHostname = true;

    /** A copy for an endpoint, so that its own options do not change the component's. */
    public CstaConfiguration copy() {
        try {
            return (CstaConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getHost() {
        return host;
    }

    /**
     * The provider's CSTA server.
     */
    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    /**
     * The server port; 0 (the default) takes the transport's: 7001 for xml, 7003 for socketio, 7005 for http,
     * 7006 for https.
     */
    public void setPort(int port) {
        this.port = port;
    }

    public String getTransport() {
        return transport;
    }

    /**
     * How to talk to the server: xml (XML over TCP, with events), socketio (JSON over socket.io, with events),
     * http or https (GET requests, no events).
     */
    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getUsername() {
        return username;
    }

    /**
     * The login, as used on one-connect.dk (the user id in the form user, at sign, domain).
     */
    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    /**
     * The password of the login. It is never logged.
     */
    public void setPassword(String password) {
        this.password = password;
    }

    public String getPbxDomain() {
        return pbxDomain;
    }

    /**
     * The full domain of the PBX, e.g. 12345678.pbx.one-connect.dk.
     */
    public void setPbxDomain(String pbxDomain) {
        this.pbxDomain = pbxDomain;
    }

    public int getSessionDuration() {
        return sessionDuration;
    }

    /**
     * The session length in seconds asked for at login (the server may grant less); also the duration sent by
     * the resetApplicationSessionTimer and startApplicationSession operations.
     */
    public void setSessionDuration(int sessionDuration) {
        this.sessionDuration = sessionDuration;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * How long a request waits for its reply, login included, before it fails with CstaTimeoutException.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getDialect() {
        return dialect;
    }

    /**
     * How requests are spelled: current (deviceID in every call leg, SnapShotDevice), as the provider's current
     * server requires; 2020 (deviceId, SnapshotDevice), as in the 2020 documentation; or auto, decided per session by
     * the login reply's actualProtocolVersion (a CSTA edition after ed3, e.g. ed6, is the current API). Replies and
     * events are read in either spelling. The GET transports have no login reply: auto is 2020 there.
     */
    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public String getTest() {
        return test;
    }

    /**
     * The provider's TEST mode: ok returns a static positive reply, error a static CSTAErrorCode, and nothing is
     * carried out.
     */
    public void setTest(String test) {
        this.test = test;
    }

    public boolean isKeepAlive() {
        return keepAlive;
    }

    /**
     * Whether to reset the session timer (ResetApplicationSessionTimer) at half the granted session length, so
     * that the server does not end the session.
     */
    public void setKeepAlive(boolean keepAlive) {
        this.keepAlive = keepAlive;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long connecting, logging in and the session's own requests (monitors, keep-alive) may take.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /**
     * The backoff of reconnecting: after a lost connection that had been logged in for at least this long, the first
     * attempt goes at once; every other attempt waits, this long at first, doubling with every failure up to
     * maxReconnectDelay, with 20 % jitter. So a connection that drops again soon after its login is not retried in a
     * tight loop. Requests sent while the session waits to reconnect fail at once instead of connecting by themselves:
     * with the server's refusal of the login, else with a CstaConnectionException naming the failure and when the next
     * attempt is due.
     */
    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    /**
     * The longest wait between two reconnect attempts, before its 20 % jitter: so also the longest that requests fail at
     * once after the server is back.
     */
    public void setMaxReconnectDelay(long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
    }

    public int getMaxFrameSize() {
        return maxFrameSize;
    }

    /**
     * The largest message accepted from the server, in bytes (on socket.io, in characters); a larger one is refused and
     * skipped (logged at WARN at most once a minute per connection, with a count of those skipped since). On socket.io,
     * whose library reads a message whole before handing it over, one announced at more than three bytes per character
     * of the limit ends the connection instead, before it is read; the session reconnects.
     */
    public void setMaxFrameSize(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    public long getMaxQueuedEventBytes() {
        return maxQueuedEventBytes;
    }

    /**
     * The byte budget of the events that wait for the monitor routes of one session, each counted by its size on
     * the wire. At the budget the session stops reading from the server, even while a reply is awaited, until half
     * of it is free. On socket.io a stop at the budget also stops the server's heartbeats and may cost the
     * connection (the session reconnects and tells the routes).
     */
    public void setMaxQueuedEventBytes(long maxQueuedEventBytes) {
        this.maxQueuedEventBytes = maxQueuedEventBytes;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, key store, protocols) for the https transport; without them the JVM's default
     * trust store is used.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isVerifyHostname() {
        return verifyHostname;
    }

    /**
     * Whether the https server's certificate must name the host connected to.
     */
    public void setVerifyHostname(boolean verifyHostname) {
        this.verifyHostname = verifyHostname;
    }
}
