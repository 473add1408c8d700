package org.camelcsta.simulator.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** Checks credentials against the configured accounts (user name, password and PBX domain must all match). */
public final class Authenticator {

    /** The two logins of the provider's examples, accepted out of the box. */
    public static final List<UserAccount> SEED_ACCOUNTS = List.of(
            new UserAccount("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk"),
            new UserAccount("test@mydomain.dk", "bla.bla", "69102200.pbx.one-connect.dk"));

    private final List<UserAccount> accounts;

    public Authenticator(List<UserAccount> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** Whether the three credentials name one account. The PBX domain is compared ignoring case, as DNS names are. */
    public boolean accepts(String name, String password, String pbxDomain) {
        if (name == null || password == null || pbxDomain == null) {
            return false;
        }
        for (UserAccount account : accounts) {
            if (account.name().equals(name) && account.pbxDomain().equalsIgnoreCase(pbxDomain)
                    && MessageDigest.isEqual(account.password().getBytes(StandardCharsets.UTF_8),
                            password.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    public List<UserAccount> accounts() {
        return accounts;
    }
}
