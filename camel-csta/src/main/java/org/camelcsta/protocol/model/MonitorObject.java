package org.camelcsta.protocol.model;

/**
 * What a monitor watches.
 *
 * @param deviceObject the device number (or {@code u-<trunk>-<ext>}, {@code q-<trunk>-<queue>})
 */
public record MonitorObject(String deviceObject) {
}
