package org.camelcsta.itests.ha;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Active-active: two instances (JVMs) monitor the same devices, and the idempotent consumer on CamelCstaEventId with
 * Camel's JDBC repository on a shared database routes each event once, its claim and its line committed in one
 * transaction. Each instance in turn is killed with SIGKILL during steady calls and replaced: every call is in the log,
 * and no event twice, also the one a killed instance had claimed and not yet written (its claim rolls back).
 */
class ActiveActiveKillTest {

    @Test
    @Timeout(150)
    void killingEitherInstanceLosesNothingAndDuplicatesNothing() throws Exception {
        try (HaScenario scenario = new HaScenario(HaScenario.Mode.ACTIVE, HaScenario.newDirectory("active-active"))) {
            HaFigures figures = scenario.run(2, 300);

            System.out.println("active-active: " + figures.row());
            assertTrue(figures.calls() >= 8, figures.toString());
            assertEquals(0, figures.missedCalls(), figures.toString());
            assertEquals(0, figures.duplicates(), figures.toString());
        }
    }

    @Test
    @Timeout(120)
    void anInstanceThatDiesBetweenItsClaimAndItsWriteLosesNothing() throws Exception {
        try (HaScenario scenario = new HaScenario(HaScenario.Mode.ACTIVE, HaScenario.newDirectory("claim-window"))) {
            HaFigures figures = scenario.runWithDeathInTheClaimWindow(300);

            System.out.println("claim window: " + figures.row());
            assertTrue(figures.calls() >= 4, figures.toString());
            assertEquals(0, figures.missedCalls(), figures.toString());
            assertEquals(0, figures.duplicates(), figures.toString());
        }
    }
}
