package org.camelcsta.benchmarks.scale;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.camelcsta.simulator.CstaSimulator;

/**
 * The csta-simulator in a JVM of its own, so that the scale benchmarks measure the client's heap and threads
 * and not the simulator's. Started by {@link SimulatorProcessHandle}; prints {@code PORT <n>} once listening,
 * then answers one line per command read from standard input: {@code drop} (close every client connection),
 * {@code warm <devices>} (start and stop that many monitors a few times, see {@link SimulatorWarmUp}),
 * {@code sessions} (logged-in sessions), {@code monitors <device>}, {@code quit}. It stops when its input
 * ends, so it never outlives the benchmark.
 */
public final class SimulatorProcess {

    /** Devices the simulator knows: enough for 10,000 monitors on one session. */
    static final String DEVICES = "10000-19999";
    static final int FIRST_DEVICE = 10000;
    static final String PASSWORD = "bench-secret";
    static final String PBX_DOMAIN = "bench.pbx.example";
    /** Sessions that start monitors to warm the simulator up ({@link SimulatorWarmUp}). */
    private static final int WARM_UP_ROUNDS = 3;

    private SimulatorProcess() {
    }

    /** The login name of user {@code i} (0 is the one the single-session benchmarks use). */
    static String user(int i) {
        return "user" + i;
    }

    /** @param args the number of users to accept */
    public static void main(String[] args) throws Exception {
        int users = Integer.parseInt(args[0]);
        CstaSimulator.Builder builder = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED)
                .devices(DEVICES);
        for (int i = 0; i <= users; i++) {
            builder.user(user(i), PASSWORD, PBX_DOMAIN);
        }
        try (CstaSimulator simulator = builder.build()) {
            simulator.start();
            System.out.println("PORT " + simulator.xmlPort());
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = commands.readLine()) != null) {
                String[] words = command.trim().split(" ");
                switch (words[0]) {
                    case "drop" -> {
                        simulator.dropAllConnections();
                        System.out.println("ok");
                    }
                    case "warm" -> {
                        SimulatorWarmUp.startMonitors(simulator.xmlPort(), Integer.parseInt(words[1]), WARM_UP_ROUNDS);
                        System.out.println("ok");
                    }
                    case "sessions" -> System.out.println(simulator.sessionCount());
                    case "monitors" -> System.out.println(simulator.monitorCount(words[1]));
                    case "quit" -> {
                        System.out.println("bye");
                        return;
                    }
                    default -> System.out.println("unknown command " + command);
                }
                System.out.flush();
            }
        }
    }
}
