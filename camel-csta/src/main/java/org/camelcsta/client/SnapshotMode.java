package org.camelcsta.client;

/** When a subscription receives a {@link MonitorSnapshot} of each of its devices. */
public enum SnapshotMode {
    /** Never. */
    NEVER,
    /** Each time a device's monitor starts again after a reconnect. */
    AFTER_RECONNECT,
    /** At the first start of each device's monitor, and after every reconnect. */
    ALWAYS
}
