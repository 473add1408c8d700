package org.camelcsta.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's results into {@code docs/performance.md}. Only the part between the results markers is
 * replaced, so that the analysis written around it (what bounds a figure, what profiling found) stays; a
 * missing file is created with the markers.
 */
public final class PerformanceReport {

    static final String START = "<!-- results:start (written by the benchmark run; edit outside these markers) -->";
    static final String END = "<!-- results:end -->";

    private PerformanceReport() {
    }

    /** The results block: machine, command, the table and the details behind it. */
    public static String block(MachineInfo machine, RunPlan plan, ResultTable table, String details) {
        return START + "\n"
               + (plan.quick() ? "**Quick run (`--quick`): short warm-ups and rounds, figures indicative only.**\n\n" : "")
               + (plan.isComplete() ? "" : "**Partial run: only " + plan.parts() + ".**\n\n")
               + "Machine:\n\n" + machine.describe() + "\n"
               + table.toMarkdown() + "\n"
               + details
               + END + "\n";
    }

    /** Replaces the results block of the report, or creates the report. */
    public static void write(Path file, String block) throws IOException {
        String text;
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            int start = old.indexOf(START);
            int end = old.indexOf(END);
            text = start >= 0 && end > start
                    ? old.substring(0, start) + block + old.substring(end + END.length()).replaceFirst("^\\n", "")
                    : old + "\n" + block;
        } else {
            text = "# camel-csta performance\n\n" + block;
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
