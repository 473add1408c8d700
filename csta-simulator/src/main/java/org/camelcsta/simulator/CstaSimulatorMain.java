package org.camelcsta.simulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone simulator: {@code java -jar csta-simulator.jar [options]} (see {@code --help}). It prints the
 * bound ports and the web board's address, and runs until stopped (Ctrl-C or SIGTERM stop it cleanly). A bad option prints an error and
 * exits with code 2; a port that cannot be bound exits with code 1.
 */
public final class CstaSimulatorMain {

    /** Exit code of a bad command line. */
    public static final int BAD_OPTION = 2;
    /** Exit code of a failed start, e.g. a port in use. */
    public static final int START_FAILED = 1;

    private CstaSimulatorMain() {
    }

    /**
     * What {@link #launch} did: printed help (exit code 0, no simulator), refused the options or failed to start
     * (non-zero exit code), or started a simulator (exit code 0) that the caller now owns.
     *
     * @param exitCode  the process exit code to use when not running
     * @param simulator the started simulator, or {@code null}
     */
    public record Launch(int exitCode, CstaSimulator simulator) {
    }

    public static void main(String[] args) throws InterruptedException {
        Launch launch = launch(args, System.out, System.err);
        if (launch.simulator() == null) {
            System.exit(launch.exitCode());
        }
        CstaSimulator simulator = launch.simulator();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "csta-sim-shutdown"));
        stopped.await();
    }

    /** Parses the options and starts a simulator; prints the ports, or help, or the error. */
    public static Launch launch(String[] args, PrintStream out, PrintStream err) {
        SimulatorOptions options;
        CstaSimulator simulator;
        try {
            options = SimulatorOptions.parse(args);
            if (options.help) {
                out.print(SimulatorOptions.USAGE);
                return new Launch(0, null);
            }
            simulator = options.toBuilder().build();
        } catch (IllegalArgumentException e) {
            err.println("csta-simulator: " + e.getMessage());
            err.println("Try --help for the options.");
            return new Launch(BAD_OPTION, null);
        }
        try {
            simulator.start();
        } catch (UncheckedIOException e) {
            err.println("csta-simulator: " + e.getMessage());
            return new Launch(START_FAILED, null);
        }
        out.println("CSTA simulator running on " + simulator.bindAddress().getHostAddress() + ":");
        print(out, "TCP/XML", simulator.xmlPort());
        print(out, "socket.io", simulator.socketIoPort());
        print(out, "HTTP GET", simulator.httpPort());
        print(out, "HTTPS GET", simulator.httpsPort());
        print(out, "control API", simulator.controlPort());
        if (simulator.boardUrl() != null) {
            out.printf("  %-12s %s%n", "web board", simulator.boardUrl());
        }
        out.flush();
        return new Launch(0, simulator);
    }

    private static void print(PrintStream out, String name, int port) {
        out.printf("  %-12s %s%n", name, port == CstaSimulator.DISABLED ? "disabled" : "port " + port);
    }
}
