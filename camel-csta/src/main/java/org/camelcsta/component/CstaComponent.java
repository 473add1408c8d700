package org.camelcsta.component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.camelcsta.client.ClientResources;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.SessionRegistry;
import org.camelcsta.component.metrics.CstaMetrics;

/**
 * The csta component: call control and call events on the provider's hosted PBX. It owns the threads and
 * the sessions that its endpoints share, and their metrics. Its consumers and producers have health checks.
 */
@Component("csta")
public class CstaComponent extends HealthCheckComponent {

    @Metadata(description = "The connection settings shared by all endpoints; each endpoint may override them.")
    private CstaConfiguration configuration = new CstaConfiguration();

    private ExecutorService pool;
    private ExecutorService executor;
    private ClientResources resources;
    private SessionRegistry sessions;
    private volatile CstaMetrics metrics;

    public CstaComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CstaEndpoint endpoint = new CstaEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ThreadPoolProfile profile = new ThreadPoolProfile(EventThreads.NAME);
        profile.setPoolSize(eventThreads());
        profile.setMaxPoolSize(profile.getPoolSize());
        // An unbounded queue, so that a handler never runs on the I/O thread that submits it and a submit is never
        // refused. Camel reads -1 (or 0) as "no queue" (a SynchronousQueue): with Abort, every submit made while
        // all threads are busy was rejected, which closed the connection under load. The queue stays small:
        // each subscriber has at most one drain task in it, and reply callbacks are bounded by requests in flight.
        profile.setMaxQueueSize(Integer.MAX_VALUE);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        pool = getCamelContext().getExecutorServiceManager().newThreadPool(this, EventThreads.NAME, profile);
        executor = new EventThreads(pool);
        resources = ClientResources.create(Runtime.getRuntime().availableProcessors(), executor, false);
        sessions = new SessionRegistry(resources, session -> metrics().sessionOpened(session),
                session -> metrics().sessionClosed(session));
    }

    @Override
    protected void doStop() throws Exception {
        if (sessions != null) {
            sessions.closeAll();
        }
        if (resources != null) {
            resources.close();
        }
        if (pool != null) {
            getCamelContext().getExecutorServiceManager().shutdown(pool);
        }
        super.doStop();
    }

    CstaSession acquireSession(CstaEndpoint endpoint) {
        return sessions.acquire(endpoint.sessionSettings());
    }

    void releaseSession(CstaSession session) {
        if (sessions != null) {
            sessions.release(session);
        }
    }

    /** The sessions open now, e.g. for monitoring. */
    public List<CstaSession> getSessions() {
        return sessions == null ? List.of() : sessions.sessions();
    }

    /** How many threads run reply callbacks and event handlers, shared by all sessions. */
    static int eventThreads() {
        return Math.max(4, Runtime.getRuntime().availableProcessors());
    }

    /** Runs reply callbacks and event handlers, never on an I/O thread. */
    ExecutorService executor() {
        return executor;
    }

    /**
     * The metrics of its sessions, requests and events; {@link CstaMetrics#NONE} without a MeterRegistry. Looked up
     * when the first session opens, not when the component starts: Camel Main binds its registry after the routes'
     * endpoints (and so the component) are created.
     */
    // read on every request and event: no lock once set
    CstaMetrics metrics() {
        CstaMetrics current = metrics;
        if (current == null) {
            synchronized (this) {
                if (metrics == null) {
                    metrics = CstaMetrics.of(getCamelContext());
                }
                current = metrics;
            }
        }
        return current;
    }

    public CstaConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The connection settings shared by all endpoints; each endpoint may override them.
     */
    public void setConfiguration(CstaConfiguration configuration) {
        this.configuration = configuration;
    }
}
