package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A device named in an event ({@code callingDevice}, {@code calledDevice}, ...). Read as
 * {@code deviceIdentifier} or {@code deviceIdIdentifier}.
 *
 * @param deviceIdentifier the device number, external number or {@code notKnown}; may be {@code null}
 */
public record DeviceIdentifier(@JsonAlias("deviceIdIdentifier") String deviceIdentifier) {
}
