package org.camelcsta.protocol.model;

/**
 * The login block of {@code StartApplicationSession}.
 *
 * @param applicationSpecificInfo the credentials
 */
public record ApplicationInfo(ApplicationSpecificInfo applicationSpecificInfo) {
}
