package org.camelcsta.benchmarks.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts a {@link SimulatorProcess} on the benchmark's own class path and talks to it over its standard input
 * and output. Every wait is bounded; closing it asks the child to quit and kills it if it does not. The system
 * property {@value #JVM_ARG_PROPERTY} adds one option to the child's JVM (e.g. a JFR recording).
 */
final class SimulatorProcessHandle implements AutoCloseable {

    /** A system property of the benchmark JVM: one extra JVM option for the simulator's JVM. */
    static final String JVM_ARG_PROPERTY = "benchmarks.simulator.jvmArg";
    private static final long REPLY_TIMEOUT_SECONDS = 30;

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> replies = new ArrayBlockingQueue<>(64);
    private final int port;

    SimulatorProcessHandle(int users) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile", "log4j2-benchmarks.xml")));
        String extra = System.getProperty(JVM_ARG_PROPERTY);
        if (extra != null && !extra.isBlank()) {
            command.add(extra); // e.g. a JFR recording, to profile the simulator's side
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SimulatorProcess.class.getName(),
                Integer.toString(users)));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "simulator-process-output");
        reader.setDaemon(true);
        reader.start();
        String first = nextReply(REPLY_TIMEOUT_SECONDS);
        if (!first.startsWith("PORT ")) {
            close();
            throw new IllegalStateException("the simulator process said " + first);
        }
        port = Integer.parseInt(first.substring("PORT ".length()));
    }

    int port() {
        return port;
    }

    /** Sends one command and returns its one-line answer. */
    String command(String command) throws InterruptedException {
        return command(command, REPLY_TIMEOUT_SECONDS);
    }

    /** Sends one command that may take long (a warm-up) and returns its one-line answer. */
    String command(String command, long timeoutSeconds) throws InterruptedException {
        commands.println(command);
        return nextReply(timeoutSeconds);
    }

    private String nextReply(long timeoutSeconds) throws InterruptedException {
        String reply = replies.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (reply == null) {
            throw new IllegalStateException("the simulator process did not answer within " + timeoutSeconds + " s");
        }
        return reply;
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                // anything else the child prints (a stray log line) is no reply
                if (line.startsWith("PORT ") || line.equals("ok") || line.equals("bye") || line.matches("\\d+")
                    || line.startsWith("unknown")) {
                    replies.offer(line, 1, TimeUnit.SECONDS);
                } else {
                    System.out.println("  [simulator] " + line);
                }
            }
        } catch (IOException | InterruptedException e) {
            // the child is gone; a pending command times out
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            commands.println("quit");
            commands.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
