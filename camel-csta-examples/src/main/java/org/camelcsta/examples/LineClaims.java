package org.camelcsta.examples;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/**
 * Camel's JDBC idempotent repository as active-active needs it: the claim of a line is a row insert in the route's
 * transaction, committed with the line or rolled back with it, also when the instance dies (the database drops its
 * connection). An instance that claims a line another has claimed and not yet committed waits on the row lock, then
 * inserts nothing (committed: a duplicate) or the row (rolled back: the line is its own to write).
 * <p>
 * Two changes to the stock repository: the table is keyed (Camel's default table has no key), and a claim is won
 * only if the row was inserted. Camel 4.18's {@code add} reports a claim whenever its query found no row, whatever
 * the insert did, so two instances that claim one line at once would both write it.
 */
final class LineClaims extends JdbcMessageIdRepository {

    static final String CREATE = "CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL, "
            + "messageId VARCHAR(255) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))";
    // PostgreSQL's form; H2 understands it in its PostgreSQL mode
    private static final String INSERT_UNLESS_CLAIMED = "INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, "
            + "createdAt) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

    LineClaims(DataSource database, String processorName) {
        super(database, processorName);
        setCreateTableIfNotExists(false);
        setInsertString(INSERT_UNLESS_CLAIMED);
    }

    @Override
    public boolean add(String key) {
        return Boolean.TRUE.equals(transactionTemplate.execute(status -> queryForInt(key) == 0 && insert(key) == 1));
    }
}
