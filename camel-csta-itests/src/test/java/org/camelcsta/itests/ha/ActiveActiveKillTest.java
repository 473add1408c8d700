package org.camelcsta.itests.ha;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Active-active: two instances (JVMs) monitor the same devices, and the idempotent consumer on CamelCstaEventId with
 * a Hazelcast repository shared by their embedded members routes each event once. Each instance in turn is killed with
 * SIGKILL during steady calls and replaced: no call's events go missing and none is routed twice.
 */
class ActiveActiveKillTest {

    @Test
    @Timeout(150)
    void killingEitherInstanceLosesNoEventAndDuplicatesNone() throws Exception {
        try (HaScenario scenario = new HaScenario(HaScenario.Mode.ACTIVE, HaScenario.newDirectory("active-active"))) {
            HaFigures figures = scenario.run(2, 300);

            System.out.println("active-active: " + figures.row());
            assertTrue(figures.calls() >= 8, figures.toString());
            assertEquals(0, figures.missedCalls(), figures.toString());
            assertEquals(0, figures.duplicates(), figures.toString());
        }
    }
}
