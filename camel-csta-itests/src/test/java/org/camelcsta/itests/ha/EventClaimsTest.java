package org.camelcsta.itests.ha;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances claim one event id at once, each in its own transaction, as two routes do: the second waits on the
 * first one's row; it wins the claim only if the first rolls back. (Camel 4.18's stock repository lets both win.)
 */
@Timeout(30)
class EventClaimsTest {

    private JdbcConnectionPool database;
    private TransactionTemplate transactions;
    private EventClaims claims;

    @BeforeEach
    void createDatabase() {
        database = JdbcConnectionPool.create("jdbc:h2:mem:claims-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;LOCK_TIMEOUT=20000", "", "");
        new JdbcTemplate(database).execute(EventClaims.CREATE_TABLE);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        claims = new EventClaims(database, "csta-events");
    }

    @AfterEach
    void dropDatabase() {
        new JdbcTemplate(database).execute("SHUTDOWN");
        database.dispose();
    }

    @Test
    void aClaimThatCommitsLeavesTheWaitingInstanceADuplicate() throws Exception {
        assertFalse(claimWhileAnotherHolds(true));
    }

    @Test
    void aClaimThatRollsBackLeavesTheEventToTheWaitingInstance() throws Exception {
        assertTrue(claimWhileAnotherHolds(false));
    }

    @Test
    void aClaimedIdIsADuplicateLater() {
        assertEquals(Boolean.TRUE, transactions.execute(status -> claims.add("e1")));
        assertEquals(Boolean.FALSE, transactions.execute(status -> claims.add("e1")));
        assertEquals(1, new JdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED",
                Integer.class));
    }

    /** The first instance claims and holds its transaction open; the second claims; then the first ends. */
    private boolean claimWhileAnotherHolds(boolean firstCommits) throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            boolean won = claims.add("e1");
            firstClaimed.countDown();
            try {
                assertTrue(firstMayEnd.await(20, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (!firstCommits) {
                status.setRollbackOnly();
            }
            return won;
        }));
        assertTrue(firstClaimed.await(10, TimeUnit.SECONDS));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
                () -> transactions.execute(status -> claims.add("e1")));
        // the second claim waits on the first one's uncommitted row
        await().atMost(10, TimeUnit.SECONDS).until(this::isInsertingAClaim);
        assertFalse(second.isDone());
        firstMayEnd.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS));
        return second.get(10, TimeUnit.SECONDS);
    }

    /** Whether a session is in its claim's insert: the only statement that can wait here is the second claim's. */
    private boolean isInsertingAClaim() {
        return new JdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS "
                + "WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO CAMEL_MESSAGEPROCESSED%'", Integer.class) > 0;
    }
}
