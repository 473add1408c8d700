package org.camelcsta.examples;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.processor.idempotent.hazelcast.HazelcastIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * How the call log runs on more than one instance ({@code examples.ha.mode}; docs/high-availability.md):
 * <ul>
 * <li>{@code none}: one instance.</li>
 * <li>{@code active-active}: every instance monitors and keeps every leg; an embedded Hazelcast member per instance
 * (TCP/IP join on the listed members, no multicast) holds the ids of the lines written, so that one instance writes
 * each line. An instance that dies loses nothing while another runs.</li>
 * <li>{@code leader}: Camel's {@code master:} on a file lock in {@code examples.ha.lock-dir}: one instance monitors at
 * a time; on takeover its snapshot lists the calls in progress. Calls that come and go during a takeover are not
 * seen.</li>
 * </ul>
 */
final class HighAvailability {

    static final String NONE = "none";
    static final String ACTIVE_ACTIVE = "active-active";
    static final String LEADER = "leader";
    private static final String CLUSTER = "camel-csta-call-log";
    private static final int LINES_REMEMBERED_ALONE = 10_000;
    private static final String LINES = "call-log-lines";
    // a leg's line is written when it ends: its id need not be kept for longer than a leg can stay open
    private static final int LINE_IDS_KEPT_SECONDS = 24 * 60 * 60;

    private final String mode;
    private final IdempotentRepository lines;

    private HighAvailability(String mode, IdempotentRepository lines) {
        this.mode = mode;
        this.lines = lines;
    }

    /** Sets the mode up in the context: its cluster service or its Hazelcast member, stopped with the context. */
    static HighAvailability install(CamelContext context, ExamplesSettings settings) throws Exception {
        String mode = settings.haMode().isEmpty() ? NONE : settings.haMode();
        switch (mode) {
            case ACTIVE_ACTIVE -> {
                HazelcastInstance member = Hazelcast.newHazelcastInstance(hazelcast(settings));
                context.addService(new MemberShutdown(member));
                return new HighAvailability(mode, new HazelcastIdempotentRepository(member, LINES));
            }
            case LEADER -> {
                FileLockClusterService cluster = new FileLockClusterService();
                cluster.setId(settings.haNode());
                cluster.setRoot(settings.haLockDirectory());
                cluster.setAcquireLockInterval(1);
                context.addService(cluster);
            }
            case NONE -> {
                // one instance
            }
            default -> throw new IllegalArgumentException(
                    "examples.ha.mode must be none, active-active or leader: '" + mode + "'");
        }
        return new HighAvailability(mode, MemoryIdempotentRepository.memoryIdempotentRepository(LINES_REMEMBERED_ALONE));
    }

    /** The consumer's URI: under {@code master:} in the leader mode. */
    String consumer(String uri) {
        return mode.equals(LEADER) ? "master:" + CLUSTER + ":" + uri : uri;
    }

    /** When the consumer asks for snapshots: at every start for a new leader, which has no open legs yet. */
    String monitorSnapshot() {
        return mode.equals(LEADER) ? "always" : "afterReconnect";
    }

    /** The ids of the lines written, shared by the instances in active-active mode. */
    IdempotentRepository lines() {
        return lines;
    }

    private static Config hazelcast(ExamplesSettings settings) {
        Config config = new Config();
        config.setClusterName(CLUSTER);
        config.setInstanceName(settings.haNode());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // a member killed without a goodbye is replaced within seconds, not the default minute
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getMapConfig(LINES).setTimeToLiveSeconds(LINE_IDS_KEPT_SECONDS);
        config.getNetworkConfig().setPort(settings.haHazelcastPort()).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.haHazelcastMembers());
        return config;
    }

    /** Leaves the Hazelcast cluster when the context stops. */
    private static final class MemberShutdown extends ServiceSupport {

        private final HazelcastInstance member;

        MemberShutdown(HazelcastInstance member) {
            this.member = member;
        }

        @Override
        protected void doStop() {
            member.shutdown();
        }
    }
}
