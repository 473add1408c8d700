package org.camelcsta.itests.ha;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * One instance of a highly available monitoring application, run in a JVM of its own so that a test can kill it with
 * SIGKILL. Every event it routes is one line of the shared {@link EventLog} (in active mode: of the
 * {@link SharedDatabase}). Arguments, as {@code name=value}: {@code mode} ({@code active}, {@code zookeeper} or
 * {@code file}), {@code node}, {@code port} (the simulator's XML port), {@code devices}, {@code log}; for
 * {@code active}: {@code db} (the JDBC URL) and optionally {@code haltAfterClaim=true} (the JVM stops dead after
 * its first claim that won, before the line is written); for {@code zookeeper}: {@code zk}; for {@code file}:
 * {@code lockDir}.
 */
public final class HaNode {

    static final String USER = "test@mydomain";
    static final String PASSWORD = "bla.bla";
    static final String DOMAIN = "12345678.pbx.one-connect.dk";
    static final String CLUSTER_NAMESPACE = "csta-ha";
    static final String EVENT_CLAIMS = "csta-events";

    private HaNode() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arrays.stream(args).map(arg -> arg.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        String node = options.get("node");
        EventLog events = new EventLog(Path.of(options.get("log")), node);
        CamelContext context = new DefaultCamelContext();
        configure(context.getComponent("csta", CstaComponent.class).getConfiguration(),
                Integer.parseInt(options.get("port")));
        String mode = options.get("mode");
        String monitor = "csta:monitor?eventId=true&devices=" + options.get("devices");
        if (mode.equals("active")) {
            JdbcConnectionPool database = JdbcConnectionPool.create(options.get("db"), "", "");
            SpringTransactionPolicy transaction = new SpringTransactionPolicy(new DataSourceTransactionManager(database));
            EventClaims claims = new EventClaims(database, EVENT_CLAIMS);
            JdbcTemplate sql = new JdbcTemplate(database);
            boolean haltAfterClaim = Boolean.parseBoolean(options.get("haltAfterClaim"));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // a database that cannot be reached for a while is tried again: a redelivery of the transacted
                    // route is a new transaction (retries inside one would reuse its broken connection)
                    errorHandler(defaultErrorHandler().maximumRedeliveries(20).redeliveryDelay(250));
                    from(monitor).routeId("ha-events").to("direct:ha-claim");
                    from("direct:ha-claim").routeId("ha-claim").errorHandler(noErrorHandler())
                            // the claim and the line commit together or not at all
                            .policy(transaction)
                            // a failed exchange's claim is rolled back with it; a delete outside the transaction could
                            // only remove a claim that did commit
                            .idempotentConsumer(header(CstaConstants.EVENT_ID), claims).removeOnFailure(false)
                            .process(exchange -> {
                                if (haltAfterClaim) {
                                    Runtime.getRuntime().halt(137);
                                }
                                SharedDatabase.insert(sql, events.line(exchange));
                            });
                }
            });
        } else {
            CamelClusterService cluster = mode.equals("zookeeper") ? zookeeper(node, options.get("zk"))
                    : fileLock(node, options.get("lockDir"));
            context.addService(cluster);
            cluster.getView(CLUSTER_NAMESPACE).addEventListener((CamelClusterEventListener.Leadership) (view, leader) -> {
                if (leader != null && leader.isLocal()) {
                    events.leader();
                }
            });
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("master:" + CLUSTER_NAMESPACE + ":" + monitor + "&monitorSnapshot=always").routeId("ha-events")
                            .process(events::append);
                    // the session connects on first use: one request logs the standby in, and the consumer that
                    // starts on takeover reuses that session, so a takeover only starts monitors and takes snapshots
                    from("timer:login?repeatCount=1").routeId("ha-login").to("csta:resetApplicationSessionTimer");
                }
            });
        }
        context.start();
        events.started();
        new CountDownLatch(1).await();
    }

    private static void configure(CstaConfiguration configuration, int port) {
        configuration.setHost("127.0.0.1");
        configuration.setPort(port);
        configuration.setUsername(USER);
        configuration.setPassword(PASSWORD);
        configuration.setPbxDomain(DOMAIN);
        configuration.setReconnectDelay(50);
        configuration.setMaxReconnectDelay(500);
    }

    /** The ZooKeeper session of 3 s of the measurement: a dead leader's lock goes when it expires. */
    private static CamelClusterService zookeeper(String node, String connect) {
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(node);
        cluster.setNodes(connect);
        cluster.setBasePath("/camel/cluster");
        cluster.setSessionTimeout(3000);
        cluster.setConnectTimeout(3000);
        return cluster;
    }

    private static CamelClusterService fileLock(String node, String lockDir) {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(node);
        cluster.setRoot(lockDir);
        cluster.setAcquireLockDelay(200, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(500, TimeUnit.MILLISECONDS);
        return cluster;
    }
}
