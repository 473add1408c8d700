package org.camelcsta.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The machine a run is on, for the report: cores, memory, CPU model, OS, JVM, and the load average at the
 * start and the end of the run (the machine may be shared; the numbers mean little on a loaded one).
 */
public final class MachineInfo {

    private final String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
    private final double loadAtStart = loadAverage();
    private double loadAtEnd = Double.NaN;

    /** Notes the load average at the end of the run. */
    public void finished() {
        loadAtEnd = loadAverage();
    }

    /** Markdown lines describing the machine. */
    public String describe() {
        Runtime runtime = Runtime.getRuntime();
        return "- Date: " + started + "\n"
               + "- CPU: " + runtime.availableProcessors() + " cores (" + cpuModel() + ")\n"
               + "- Memory: " + String.format("%.1f GiB", physicalMemory() / (1024.0 * 1024 * 1024)) + "\n"
               + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
               + System.getProperty("os.arch") + ")\n"
               + "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
               + " (harness heap max " + runtime.maxMemory() / (1024 * 1024) + " MiB; JMH forks -Xmx1g, G1)\n"
               + "- Load average (1 min) at start / end: " + String.format("%.2f / %.2f", loadAtStart, loadAtEnd) + "\n";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("model unknown");
        } catch (IOException | RuntimeException e) {
            return "model unknown";
        }
    }
}
