package org.camelcsta.simulator.access;

import java.util.Objects;

/**
 * A login the simulated provider accepts.
 *
 * @param name      {@code vendorData:userID} / the {@code username} header, e.g. {@code test@mydomain}
 * @param password  never shown by {@link #toString()}
 * @param pbxDomain {@code vendorData:pbxDomain} / the {@code pbxdomain} header
 */
public record UserAccount(String name, String password, String pbxDomain) {

    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(pbxDomain, "pbxDomain");
    }

    /**
     * Parses {@code name:password@pbxDomain}. The user name may itself hold an {@code @} (as
     * {@code test@mydomain} does), so the domain is what follows the last {@code @}.
     *
     * @throws IllegalArgumentException where a part is missing
     */
    public static UserAccount parse(String text) {
        int colon = text.indexOf(':');
        int at = text.lastIndexOf('@');
        if (colon <= 0 || at <= colon + 1 || at == text.length() - 1) {
            throw new IllegalArgumentException("expected name:password@pbxDomain, got '" + maskPassword(text) + "'");
        }
        return new UserAccount(text.substring(0, colon), text.substring(colon + 1, at), text.substring(at + 1));
    }

    private static String maskPassword(String text) {
        int colon = text.indexOf(':');
        int at = text.lastIndexOf('@');
        if (colon < 0) {
            return text;
        }
        return text.substring(0, colon + 1) + "******" + (at > colon ? text.substring(at) : "");
    }

    @Override
    public String toString() {
        return "UserAccount[" + name + " @ " + pbxDomain + ", password=******]";
    }
}
