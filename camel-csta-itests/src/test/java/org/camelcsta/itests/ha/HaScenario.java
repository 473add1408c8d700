package org.camelcsta.itests.ha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.curator.test.TestingServer;
import org.awaitility.core.ConditionTimeoutException;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.itests.ha.CallDriver.PlacedCall;
import org.camelcsta.itests.ha.EventLog.Line;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.SimulatedCall;

import static org.awaitility.Awaitility.await;

/**
 * Two instances ({@link HaNode}, each a JVM) monitor one simulator while steady calls come in; instances are killed
 * with SIGKILL and replaced, one at a time; afterwards the shared {@link EventLog} tells what was routed. In the leader
 * modes, before each kill a call is answered on {@link #HELD_DEVICE} and stays up until the new leader has taken
 * over: the new leader's MonitorSnapshot must list it.
 */
final class HaScenario implements AutoCloseable {

    static final List<String> CALL_DEVICES = List.of("150", "151");
    static final String HELD_DEVICE = "152";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    enum Mode {
        ACTIVE, ZOOKEEPER, FILE;

        String argument() {
            return name().toLowerCase();
        }
    }

    private final Mode mode;
    private final Path dir;
    private final Path log;
    private final CstaSimulator simulator;
    private final TestingServer zookeeper;
    private final SharedDatabase database;
    private final Map<String, NodeProcess> nodes = new LinkedHashMap<>();
    private int started;

    HaScenario(Mode mode, Path dir) throws Exception {
        this.mode = mode;
        this.dir = dir;
        this.log = dir.resolve("events.log");
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED).build();
        simulator.start();
        zookeeper = mode == Mode.ZOOKEEPER ? new TestingServer(true) : null;
        database = mode == Mode.ACTIVE ? SharedDatabase.start(dir) : null;
    }

    /** A new directory for a run's log and the instances' output, kept under target/ha to be read afterwards. */
    static Path newDirectory(String name) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "ha")), name + "-");
    }

    /** Runs the scenario: two instances, steady calls every {@code periodMillis}, {@code kills} kills. */
    HaFigures run(int kills, long periodMillis) throws Exception {
        String first = launch();
        String second = launch();
        awaitReady(first);
        awaitReady(second);
        List<Long> takeovers = new ArrayList<>();
        List<Long> componentShares = new ArrayList<>();
        int reconciled = 0;
        int sessionsReused = 0;
        try (CallDriver calls = new CallDriver(simulator, CALL_DEVICES)) {
            calls.start(periodMillis);
            for (int kill = 0; kill < kills; kill++) {
                pause(Duration.ofMillis(1200));
                if (mode == Mode.ACTIVE) {
                    // the oldest instance, the others in turn; the last kill leaves one instance, alone
                    kill(nodes.keySet().iterator().next(), kill < kills - 1);
                    // while the replacement started, only the survivor saw the calls: it must have routed them before
                    // it may be killed in turn (an event that every instance that saw it lost is lost)
                    awaitRouted(calls.placed());
                    continue;
                }
                SimulatedCall held = simulator.incomingCall("55599999", HELD_DEVICE);
                simulator.answer(HELD_DEVICE);
                String leader = currentLeader();
                long killedAt = System.currentTimeMillis();
                nodes.remove(leader).kill();
                Line snapshot = awaitLine(line -> line.type().equals(MonitorSnapshot.NAME) && !line.node().equals(leader)
                                                  && line.device().equals(HELD_DEVICE) && line.millis() >= killedAt);
                Line won = awaitLine(line -> line.type().equals(EventLog.LEADER) && line.node().equals(snapshot.node())
                                             && line.millis() >= killedAt);
                takeovers.add(snapshot.millis() - killedAt);
                componentShares.add(snapshot.millis() - won.millis());
                if (List.of(snapshot.calls().split(",")).contains(held.callId(HELD_DEVICE))) {
                    reconciled++;
                }
                if (logins(snapshot.node()) == 1) {
                    sessionsReused++;
                }
                simulator.hangup(HELD_DEVICE);
                awaitReady(launch());
            }
            pause(Duration.ofMillis(1200));
            calls.close();
            List<PlacedCall> placed = calls.placed();
            // the survivors route what is still queued; in the leader modes, calls of the gaps never come
            awaitQuietLog();
            return HaFigures.of(mode, kills, placed, lines(), takeovers, componentShares, reconciled,
                    sessionsReused);
        }
    }

    /**
     * Active-active with an instance that dies (halts, as SIGKILL would stop it) right after its first claim that won
     * and before the line is written: the moment a kill from outside only hits by chance.
     */
    HaFigures runWithDeathInTheClaimWindow(long periodMillis) throws Exception {
        String survivor = launch();
        String dying = launch(Map.of("haltAfterClaim", "true"));
        awaitReady(survivor);
        awaitReady(dying);
        try (CallDriver calls = new CallDriver(simulator, CALL_DEVICES)) {
            calls.start(periodMillis);
            NodeProcess process = nodes.get(dying);
            await().atMost(START_TIMEOUT).until(() -> !process.isAlive());
            nodes.remove(dying);
            pause(Duration.ofMillis(1200));
            calls.close();
            awaitQuietLog();
            return HaFigures.of(mode, 1, calls.placed(), lines(), List.of(), List.of(), 0, 0);
        }
    }

    private void kill(String victim, boolean replace) throws Exception {
        nodes.remove(victim).kill();
        if (replace) {
            pause(Duration.ofMillis(600));
            awaitReady(launch());
        }
    }

    /** Waits until every call of {@code placed} is in the log; after a while, goes on and lets the figures count. */
    private void awaitRouted(List<PlacedCall> placed) {
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> HaFigures.of(mode, 0,
                    placed, lines(), List.of(), List.of(), 0, 0).missedCalls() == 0);
        } catch (ConditionTimeoutException e) {
            System.out.println("Not every call is in the log before the next kill: the figures count what is missing");
        }
    }

    /** How often an instance logged in: once, at its start, if its takeover reused the standby's session. */
    private long logins(String node) throws IOException {
        try (var lines = Files.lines(dir.resolve(node + ".out"))) {
            return lines.filter(line -> line.contains("CstaSession - Logged in")).count();
        }
    }

    private String currentLeader() throws IOException {
        List<Line> lines = lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.type().equals(EventLog.LEADER) && nodes.containsKey(line.node())) {
                return line.node();
            }
        }
        throw new IllegalStateException("no live leader in " + log);
    }

    private String launch() throws Exception {
        return launch(Map.of());
    }

    /** Starts an instance's JVM. */
    private String launch(Map<String, String> extraArguments) throws Exception {
        String name = "node" + (++started);
        Map<String, String> arguments = new LinkedHashMap<>(extraArguments);
        arguments.put("mode", mode.argument());
        arguments.put("node", name);
        arguments.put("port", Integer.toString(simulator.xmlPort()));
        List<String> devices = new ArrayList<>(CALL_DEVICES);
        if (mode != Mode.ACTIVE) {
            devices.add(HELD_DEVICE);
        }
        arguments.put("devices", String.join(",", devices));
        arguments.put("log", log.toString());
        switch (mode) {
            case ACTIVE -> arguments.put("db", database.url());
            case ZOOKEEPER -> arguments.put("zk", zookeeper.getConnectString());
            case FILE -> arguments.put("lockDir", Files.createDirectories(dir.resolve("locks")).toString());
        }
        nodes.put(name, NodeProcess.start(name, HaNode.class, arguments, dir.resolve(name + ".out")));
        return name;
    }

    /** Waits until an instance monitors (active) or stands by behind a leader that monitors (leader modes). */
    private void awaitReady(String name) {
        awaitLine(line -> line.node().equals(name) && line.type().equals(EventLog.STARTED));
        if (mode == Mode.ACTIVE) {
            await().atMost(START_TIMEOUT).until(() -> CALL_DEVICES.stream()
                    .allMatch(device -> simulator.monitorCount(device) >= nodes.size()));
        } else {
            awaitLine(line -> line.type().equals(MonitorSnapshot.NAME));
        }
    }

    private Line awaitLine(Predicate<Line> wanted) {
        return await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> lines().stream().filter(wanted).findFirst(), Optional::isPresent).get();
    }

    private void awaitQuietLog() {
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long now = lines().size();
            boolean quiet = now == last[0];
            last[0] = now;
            return quiet;
        });
    }

    /** What the instances wrote: starts and leaderships in the log file, events there or, in active mode, in the database. */
    private List<Line> lines() throws IOException {
        List<Line> lines = new ArrayList<>(EventLog.read(log));
        if (database != null) {
            lines.addAll(database.lines());
        }
        return lines;
    }

    /** Lets the steady calls run for a while: the scenario's time line, not a synchronisation. */
    private static void pause(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }

    @Override
    public void close() throws Exception {
        for (NodeProcess node : nodes.values()) {
            node.kill();
        }
        simulator.stop();
        if (zookeeper != null) {
            zookeeper.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
