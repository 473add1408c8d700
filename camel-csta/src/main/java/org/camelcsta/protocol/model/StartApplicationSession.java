package org.camelcsta.protocol.model;

/**
 * Logs in and starts a session of {@code requestedSessionDuration} seconds.
 *
 * @param applicationInfo          the credentials
 * @param requestedSessionDuration seconds; the server may grant less
 * @param test                     TEST mode, or {@code null}
 * @param privateData              {@code privateData}, or {@code null}
 */
public record StartApplicationSession(
        ApplicationInfo applicationInfo,
        Integer requestedSessionDuration,
        String test,
        PrivateData privateData) implements CstaRequest {

    /** A login with the provider's three credentials. */
    public StartApplicationSession(String userId, String password, String pbxDomain, Integer requestedSessionDuration) {
        this(new ApplicationInfo(new ApplicationSpecificInfo(userId, password, pbxDomain)), requestedSessionDuration,
             null, null);
    }

    /** The credentials, or {@code null}. */
    public ApplicationSpecificInfo credentials() {
        return applicationInfo == null ? null : applicationInfo.applicationSpecificInfo();
    }

    @Override
    public void validate() {
        ApplicationSpecificInfo info = credentials();
        String prefix = "applicationInfo.applicationSpecificInfo.";
        RequiredFields.of(messageName())
                .require(prefix + "vendorData:userID", info == null ? null : info.userId())
                .require(prefix + "vendorData:password", info == null ? null : info.password())
                .require(prefix + "vendorData:pbxDomain", info == null ? null : info.pbxDomain())
                .check();
    }
}
