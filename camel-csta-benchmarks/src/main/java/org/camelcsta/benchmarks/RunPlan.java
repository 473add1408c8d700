package org.camelcsta.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How long and how much to run, from the command line: the full run (the documented one) or a quick one for
 * development, which benchmarks, and where the report goes.
 *
 * @param quick         short warm-ups and rounds: numbers are indicative only
 * @param parts         the parts to run: throughput, latency, events, scale, reconnect, socketio, http, codec
 * @param output        the Markdown report to update
 * @param forkJvmArgs   extra JVM options for JMH's forked JVMs (e.g. a JFR recording)
 */
public record RunPlan(boolean quick, Set<String> parts, Path output, List<String> forkJvmArgs) {

    public static final List<String> ALL_PARTS = List.of("throughput", "latency", "events", "scale", "reconnect",
            "socketio", "http", "codec");

    /** Parses {@code --quick}, {@code --only=a,b}, {@code --output=file} and {@code --fork-jvm-arg=opt} (repeatable). */
    public static RunPlan parse(String[] args) {
        boolean quick = false;
        Set<String> parts = new LinkedHashSet<>(ALL_PARTS);
        Path output = Path.of("docs", "performance.md");
        List<String> forkArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--only=")) {
                parts = new LinkedHashSet<>(List.of(arg.substring("--only=".length()).split(",")));
                if (!ALL_PARTS.containsAll(parts)) {
                    throw new IllegalArgumentException("--only takes some of " + ALL_PARTS + ": " + arg);
                }
            } else if (arg.startsWith("--output=")) {
                output = Path.of(arg.substring("--output=".length()));
            } else if (arg.startsWith("--fork-jvm-arg=")) {
                forkArgs.add(arg.substring("--fork-jvm-arg=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + "; use --quick, --only=" + String.join(",", ALL_PARTS) + ", --output=FILE, --fork-jvm-arg=OPTION");
            }
        }
        return new RunPlan(quick, Set.copyOf(parts), output, List.copyOf(forkArgs));
    }

    public boolean runs(String part) {
        return parts.contains(part);
    }

    /** Whether every part runs: only such a run is a complete report. */
    public boolean isComplete() {
        return parts.containsAll(ALL_PARTS);
    }
}
