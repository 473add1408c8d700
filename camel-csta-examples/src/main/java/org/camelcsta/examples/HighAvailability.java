package org.camelcsta.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How the call log runs on more than one instance ({@code examples.ha.mode}; docs/high-availability.md):
 * <ul>
 * <li>{@code none}: one instance.</li>
 * <li>{@code active-active}: every instance monitors and keeps every leg; the line of a finished leg is claimed in a
 * database the instances share ({@code examples.ha.database-url}) and written to its table {@code call_log} in the
 * claim's transaction, so that one instance writes each line. An instance that dies, even between its claim and its
 * write, loses nothing while another runs: its transaction rolls back and the line goes to another instance.</li>
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

    private final String mode;
    private final IdempotentRepository lines;
    private final CallLogSink sink;
    private final SpringTransactionPolicy transaction;

    private HighAvailability(String mode, IdempotentRepository lines, CallLogSink sink,
                             SpringTransactionPolicy transaction) {
        this.mode = mode;
        this.lines = lines;
        this.sink = sink;
        this.transaction = transaction;
    }

    /** Sets the mode up in the context: its database or its cluster service; {@code file} is the call log's file. */
    static HighAvailability install(CamelContext context, ExamplesSettings settings, CallLogWriter file) {
        String mode = settings.haMode().isEmpty() ? NONE : settings.haMode();
        switch (mode) {
            case ACTIVE_ACTIVE -> {
                DriverManagerDataSource database = new DriverManagerDataSource(settings.haDatabaseUrl(),
                        settings.haDatabaseUser(), settings.haDatabasePassword());
                try {
                    JdbcTemplate sql = new JdbcTemplate(database);
                    sql.execute(LineClaims.CREATE);
                    sql.execute(CallLogTable.CREATE);
                } catch (DataAccessException e) {
                    throw new IllegalStateException("Cannot create the call log's tables in the shared database "
                            + "(examples.ha.database-url): " + e.getMessage(), e);
                }
                return new HighAvailability(mode, new LineClaims(database, CLUSTER), new CallLogTable(database),
                        new SpringTransactionPolicy(new DataSourceTransactionManager(database)));
            }
            case LEADER -> {
                FileLockClusterService cluster = new FileLockClusterService();
                cluster.setId(settings.haNode());
                cluster.setRoot(settings.haLockDirectory());
                cluster.setAcquireLockInterval(1);
                try {
                    context.addService(cluster);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot start the file lock in " + settings.haLockDirectory(), e);
                }
            }
            case NONE -> {
                // one instance
            }
            default -> throw new IllegalArgumentException(
                    "examples.ha.mode must be none, active-active or leader: '" + mode + "'");
        }
        return new HighAvailability(mode, MemoryIdempotentRepository.memoryIdempotentRepository(LINES_REMEMBERED_ALONE),
                file, null);
    }

    /** The consumer's URI: under {@code master:} in the leader mode. */
    String consumer(String uri) {
        return mode.equals(LEADER) ? "master:" + CLUSTER + ":" + uri : uri;
    }

    /** When the consumer asks for snapshots: at every start for a new leader, which has no open legs yet. */
    String monitorSnapshot() {
        return mode.equals(LEADER) ? "always" : "afterReconnect";
    }

    /** The claims of the lines written: shared by the instances in active-active mode. */
    IdempotentRepository lines() {
        return lines;
    }

    /** Where the lines go: the shared table in active-active mode, else the file. */
    CallLogSink sink() {
        return sink;
    }

    /** The route that writes lines: in active-active mode its claim and its line commit in one transaction. */
    ProcessorDefinition<?> transacted(ProcessorDefinition<?> route) {
        return transaction == null ? route : route.policy(transaction);
    }
}
