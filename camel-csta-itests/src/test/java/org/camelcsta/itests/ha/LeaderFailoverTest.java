package org.camelcsta.itests.ha;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leader failover with Camel's {@code master:} component, on ZooKeeper (Curator's TestingServer, 3 s session) and on
 * the file lock: the leader (a JVM) is killed with SIGKILL while a call is up; the standby takes over, and its
 * MonitorSnapshot ({@code monitorSnapshot=always}) lists that call. The takeover is measured and printed; events of
 * calls that came and went in the gap are lost in this mode, which is why it is not the one to choose for a call log.
 */
class LeaderFailoverTest {

    @ParameterizedTest
    @EnumSource(value = HaScenario.Mode.class, names = {"ZOOKEEPER", "FILE"})
    @Timeout(150)
    void theStandbyTakesOverAndReconcilesTheCallsInProgress(HaScenario.Mode mode) throws Exception {
        try (HaScenario scenario = new HaScenario(mode, HaScenario.newDirectory("leader-" + mode.argument()))) {
            HaFigures figures = scenario.run(1, 300);

            System.out.println("leader failover: " + figures.row());
            assertEquals(1, figures.takeoverMillis().size(), figures.toString());
            assertEquals(1, figures.reconciled(), figures.toString());
            assertEquals(1, figures.sessionsReused(), figures.toString());
            assertEquals(0, figures.duplicates(), figures.toString());
            assertTrue(figures.componentShareMillis().get(0) <= figures.takeoverMillis().get(0), figures.toString());
        }
    }
}
