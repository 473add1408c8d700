package org.camelcsta.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelcsta.component.CstaConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Call control and call events on a hosted PBX through its CSTA API: the csta component's options as Spring Boot
 * properties {@code camel.component.csta.*}, each described as in the component's metadata (CstaComponentConfigurationTest
 * keeps the two in step).
 */
@ConfigurationProperties(prefix = "camel.component.csta")
public class CstaComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the csta component. This is enabled by default.
     */
    private Boolean enabled;

    /**
     * The connection settings shared by all endpoints; each endpoint may override them.
     */
    private CstaConfiguration configuration;

    /**
     * The provider's CSTA server.
     */
    private String host = "csta.one-connect.dk";

    /**
     * The server port; 0 (the default) takes the transport's: 7001 for xml, 7003 for socketio, 7005 for http, 7006
     * for https.
     */
    private Integer port;

    /**
     * How long a request waits for its reply, login included, before it fails with CstaTimeoutException.
     */
    private Long requestTimeout = 10000L;

    /**
     * The session length in seconds asked for at login (the server may grant less); also the duration sent by the
     * resetApplicationSessionTimer and startApplicationSession operations.
     */
    private Integer sessionDuration = 300;

    /**
     * The provider's TEST mode: ok returns a static positive reply, error a static CSTAErrorCode, and nothing is
     * carried out.
     */
    private String test;

    /**
     * How to talk to the server: xml (XML over TCP, with events), socketio (JSON over socket.io, with events), http
     * or https (GET requests, no events).
     */
    private String transport = "xml";

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will use
     * the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level
     * and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * How long connecting, logging in and the session's own requests (monitors, keep-alive) may take.
     */
    private Long connectTimeout = 10000L;

    /**
     * Whether to reset the session timer (ResetApplicationSessionTimer) at half the granted session length, so that
     * the server does not end the session.
     */
    private Boolean keepAlive = true;

    /**
     * The largest message accepted from the server, in bytes (on socket.io, in characters); a larger one is refused and
     * skipped (logged at WARN at most once a minute per connection, with a count of those skipped since). On socket.io,
     * whose library reads a message whole before handing it over, one announced at more than three bytes per character
     * of the limit ends the connection instead, before it is read; the session reconnects.
     */
    private Integer maxFrameSize = 1048576;

    /**
     * How requests are spelled: current (deviceID in every call leg, SnapShotDevice), as the provider's current
     * server requires; 2020 (deviceId, SnapshotDevice), as in the 2020 documentation; or auto, decided per session
     * by the login reply's actualProtocolVersion (a CSTA edition after ed3, e.g. ed6, is the current API). Replies
     * and events are read in either spelling. The GET transports have no login reply: auto is 2020 there.
     */
    private String dialect = "auto";

    /**
     * The byte budget of the events that wait for the monitor routes of one session, each counted by its size on the
     * wire. At the budget the session stops reading from the server, even while a reply is awaited, until half of it
     * is free. On socket.io a stop at the budget also stops the server's heartbeats and may cost the connection (the
     * session reconnects and tells the routes).
     */
    private Long maxQueuedEventBytes = 16777216L;

    /**
     * The longest wait between two reconnect attempts, before its 20 % jitter: so also the longest that requests fail at
     * once after the server is back.
     */
    private Long maxReconnectDelay = 30000L;

    /**
     * The backoff of reconnecting: after a lost connection that had been logged in for at least this long, the first
     * attempt goes at once; every other attempt waits, this long at first, doubling with every failure up to
     * maxReconnectDelay, with 20 % jitter. So a connection that drops again soon after its login is not retried in a
     * tight loop. Requests sent while the session waits to reconnect fail at once instead of connecting by themselves:
     * with the server's refusal of the login, else with a CstaConnectionException naming the failure and when the next
     * attempt is due.
     */
    private Long reconnectDelay = 1000L;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * The password of the login. It is never logged.
     */
    private String password;

    /**
     * The full domain of the PBX, e.g. 12345678.pbx.one-connect.dk.
     */
    private String pbxDomain;

    /**
     * TLS settings (trust store, key store, protocols) for the https transport; without them the JVM's default trust
     * store is used.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * The login, as used on one-connect.dk (the user id in the form user, at sign, domain).
     */
    private String username;

    /**
     * Whether the https server's certificate must name the host connected to.
     */
    private Boolean verifyHostname = true;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public CstaConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CstaConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Integer getSessionDuration() {
        return sessionDuration;
    }

    public void setSessionDuration(Integer sessionDuration) {
        this.sessionDuration = sessionDuration;
    }

    public String getTest() {
        return test;
    }

    public void setTest(String test) {
        this.test = test;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Boolean getKeepAlive() {
        return keepAlive;
    }

    public void setKeepAlive(Boolean keepAlive) {
        this.keepAlive = keepAlive;
    }

    public Integer getMaxFrameSize() {
        return maxFrameSize;
    }

    public void setMaxFrameSize(Integer maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public Long getMaxQueuedEventBytes() {
        return maxQueuedEventBytes;
    }

    public void setMaxQueuedEventBytes(Long maxQueuedEventBytes) {
        this.maxQueuedEventBytes = maxQueuedEventBytes;
    }

    public Long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    public void setMaxReconnectDelay(Long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
    }

    public Long getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(Long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPbxDomain() {
        return pbxDomain;
    }

    public void setPbxDomain(String pbxDomain) {
        this.pbxDomain = pbxDomain;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Boolean getVerifyHostname() {
        return verifyHostname;
    }

    public void setVerifyHostname(Boolean verifyHostname) {
        this.verifyHostname = verifyHostname;
    }
}
