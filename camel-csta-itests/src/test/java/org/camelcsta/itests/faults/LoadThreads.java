package org.camelcsta.itests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** The threads that load the component during a run: each repeats one step, paced, until stopped. */
final class LoadThreads {

    /** One unit of load; {@code n} counts up from 0 per thread. */
    interface Step {
        void run(long n) throws Exception;
    }

    private final Duration pace;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private volatile boolean running = true;

    LoadThreads(Duration pace) {
        this.pace = pace;
    }

    void start(String name, Step step) {
        Thread thread = new Thread(() -> loop(step), name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void loop(Step step) {
        for (long n = 0; running; n++) {
            try {
                step.run(n);
            } catch (Exception | AssertionError e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
            LockSupport.parkNanos(pace.toNanos()); // load, not synchronisation
        }
    }

    /** Stops every thread and waits for it to finish its step. */
    void stop(Duration patience) throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(patience.toMillis());
        }
    }

    /** Unexpected failures of the steps themselves (not of the component's requests, which are outcomes). */
    List<Throwable> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }
}
