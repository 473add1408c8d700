package org.camelcsta.itests.ha;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures of docs/high-availability.md: every mode with {@code ha.kills} kills (at least five for the docs), calls
 * every 300 ms. Off unless asked for, as it takes minutes:
 * {@code mvn -o -pl camel-csta-itests -am verify -Dtest=HaFiguresRun -Dha.kills=5 -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes the table to {@code camel-csta-itests/target/ha/figures.md}.
 */
@EnabledIfSystemProperty(named = "ha.kills", matches = "\\d+")
class HaFiguresRun {

    @Test
    void measureEveryMode() throws Exception {
        int kills = Integer.getInteger("ha.kills");
        List<String> table = new ArrayList<>(List.of(
                "| mode | kills | calls | calls missed | events routed twice | takeover ms (median / worst) "
                + "| component's share ms (median / worst) | calls in progress reconciled | session reused |",
                "|---|---|---|---|---|---|---|---|---|"));
        for (HaScenario.Mode mode : HaScenario.Mode.values()) {
            try (HaScenario scenario = new HaScenario(mode, HaScenario.newDirectory("figures-" + mode.argument()))) {
                HaFigures figures = scenario.run(kills, 300);
                table.add(figures.row());
                System.out.println(figures.row());
            }
        }
        Files.write(Path.of("target", "ha", "figures.md"), table, StandardCharsets.UTF_8);
    }
}
