package org.camelcsta.benchmarks.soak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.camelcsta.benchmarks.MachineInfo;
import org.camelcsta.itests.faults.ChaosReport;
import org.camelcsta.itests.faults.ChaosRun;
import org.camelcsta.itests.faults.ChaosSettings;
import org.camelcsta.itests.faults.FaultMix;

/**
 * The soak: the fault proxy test's {@link ChaosRun} for minutes instead of seconds, thousands of dropped
 * connections, with the figures printed and written to a Markdown file. Run from the repository root:
 * {@code java -jar camel-csta-benchmarks/target/camel-csta-benchmarks.jar --soak [--minutes=N] [--seed=N]
 * [--output=FILE]} (see docs/reliability.md).
 */
public final class SoakRun {

    private static final String FLAG = "--soak";

    private SoakRun() {
    }

    /** Whether the command line asks for the soak rather than the benchmarks. */
    public static boolean isRequested(String[] args) {
        return List.of(args).contains(FLAG);
    }

    public static void main(String[] args) throws Exception {
        long minutes = 5;
        long seed = 1;
        Path output = Path.of("camel-csta-benchmarks", "target", "soak.md");
        for (String arg : args) {
            if (arg.startsWith("--minutes=")) {
                minutes = Long.parseLong(arg.substring("--minutes=".length()));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else if (arg.startsWith("--output=")) {
                output = Path.of(arg.substring("--output=".length()));
            } else if (!arg.equals(FLAG)) {
                throw new IllegalArgumentException("unknown argument " + arg
                        + "; the soak takes --minutes=N, --seed=N, --output=FILE");
            }
        }
        // few black holes: each takes seconds, and drops are what a soak is for
        ChaosSettings settings = new ChaosSettings(Duration.ofMinutes(minutes), seed, FaultMix.standard(1),
                Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(10));
        System.out.println("# Soak: " + minutes + " min of faults, seed " + seed);
        MachineInfo machine = new MachineInfo();
        ChaosReport report = new ChaosRun(settings).run();
        machine.finished();
        String text = "Soak, seed " + seed + ", " + minutes + " min of faults"
                      + " (`java -jar camel-csta-benchmarks/target/camel-csta-benchmarks.jar --soak --minutes=" + minutes
                      + " --seed=" + seed + "`).\n\nMachine:\n\n" + machine.describe() + "\n" + report.toMarkdown();
        System.out.println();
        System.out.println(text);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, text, StandardCharsets.UTF_8);
        System.out.println("Written to " + output.toAbsolutePath());
    }
}
