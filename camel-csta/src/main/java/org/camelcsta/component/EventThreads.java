package org.camelcsta.component;

import java.util.concurrent.ThreadFactory;

import org.apache.camel.spi.ExecutorServiceManager;

/**
 * Creates the component's event threads, named as Camel names its threads, and tells whether code runs on one. They
 * run every monitor route's events and every reply's continuation, so a producer called on one of them must not hold
 * it while its request is on the wire.
 */
final class EventThreads implements ThreadFactory {

    static final String NAME = "CstaEvents";

    private final ExecutorServiceManager names;

    EventThreads(ExecutorServiceManager names) {
        this.names = names;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new EventThread(task, names.resolveThreadName(NAME));
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the calling thread is an event thread of a csta component. */
    static boolean isCurrent() {
        return Thread.currentThread() instanceof EventThread;
    }

    private static final class EventThread extends Thread {

        EventThread(Runnable task, String name) {
            super(task, name);
        }
    }
}
