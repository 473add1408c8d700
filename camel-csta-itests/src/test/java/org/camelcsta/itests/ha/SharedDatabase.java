package org.camelcsta.itests.ha;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.camelcsta.itests.ha.EventLog.Line;
import org.h2.tools.Server;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database that the active-active instances share, as a real deployment would run one: an H2 server on loopback
 * (its own TCP protocol, transactions, row locks), in PostgreSQL mode so that the statements are the ones a
 * PostgreSQL deployment runs. It holds the claims of the idempotent consumer ({@link EventClaims}) and the lines
 * the instances routed, written in the claim's transaction.
 */
final class SharedDatabase implements AutoCloseable {

    private static final String CREATE_LOG = "CREATE TABLE event_log (line VARCHAR(4000) NOT NULL)";
    private static final String INSERT_LINE = "INSERT INTO event_log (line) VALUES (?)";

    private final Server server;
    private final String url;

    private SharedDatabase(Server server, String url) {
        this.server = server;
        this.url = url;
    }

    /** Starts the server on a free loopback port with a new database in {@code dir}, and creates the tables. */
    static SharedDatabase start(Path dir) throws IOException, SQLException {
        int port = freePort();
        Server server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir",
                dir.toAbsolutePath().toString(), "-ifNotExists").start();
        SharedDatabase database = new SharedDatabase(server, url(port));
        JdbcTemplate sql = database.jdbc();
        sql.execute(EventClaims.CREATE_TABLE);
        sql.execute(CREATE_LOG);
        return database;
    }

    /**
     * The database stays open between connections. A lock wait outlasts any transaction of a live instance: a
     * survivor waits for the claim of an instance that is slow, and goes on at once when the server rolls back the
     * claim of one that died.
     */
    private static String url(int port) {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/./calls;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;LOCK_TIMEOUT=60000";
    }

    String url() {
        return url;
    }

    /** The lines the instances routed, in the order they committed them. */
    List<Line> lines() {
        return jdbc().queryForList("SELECT line FROM event_log", String.class).stream().map(Line::parse).toList();
    }

    static void insert(JdbcTemplate sql, Line line) {
        sql.update(INSERT_LINE, line.format());
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
