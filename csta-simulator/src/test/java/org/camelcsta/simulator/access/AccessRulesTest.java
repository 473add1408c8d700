package org.camelcsta.simulator.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Credentials and the allow-list. */
class AccessRulesTest {

    @Test
    void allowListMatchesCidrBlocksOfBothFamilies() throws Exception {
        AddressAllowList list = AddressAllowList.of(List.of("10.0.0.0/8", "192.168.1.17", "::1"));
        assertTrue(list.allows(InetAddress.getByName("10.200.3.4")));
        assertTrue(list.allows(InetAddress.getByName("192.168.1.17")));
        assertFalse(list.allows(InetAddress.getByName("192.168.1.18")));
        assertTrue(list.allows(InetAddress.getByName("::1")));
        assertFalse(list.allows(InetAddress.getByName("127.0.0.1")));
        assertTrue(AddressAllowList.allowAll().allows(InetAddress.getByName("127.0.0.1")));
        assertThrows(IllegalArgumentException.class, () -> AddressAllowList.of(List.of("example.com")));
        assertThrows(IllegalArgumentException.class, () -> AddressAllowList.of(List.of("10.0.0.0/33")));
    }

    @Test
    void userAccountsParseAndNeverShowThePassword() {
        UserAccount account = UserAccount.parse("test@mydomain:bla.bla@12345678.pbx.one-connect.dk");
        assertEquals("test@mydomain", account.name());
        assertEquals("bla.bla", account.password());
        assertEquals("12345678.pbx.one-connect.dk", account.pbxDomain());
        assertFalse(account.toString().contains("bla.bla"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> UserAccount.parse("name:secret"));
        assertFalse(bad.getMessage().contains("secret"));
    }

    @Test
    void authenticatorNeedsAllThreeCredentials() {
        Authenticator seed = new Authenticator(Authenticator.SEED_ACCOUNTS);
        assertTrue(seed.accepts("test@mydomain.dk", "bla.bla", "69102200.pbx.one-connect.dk"));
        assertFalse(seed.accepts("test@mydomain.dk", "bla.bla", "12345678.pbx.one-connect.dk"));
        assertFalse(seed.accepts("test@mydomain", "bla", "12345678.pbx.one-connect.dk"));
        assertFalse(seed.accepts(null, null, null));
    }
}
