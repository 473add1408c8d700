package org.camelcsta.itests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.camelcsta.simulator.CstaSimulator;

/** Camel TLS settings that trust the simulator's self-signed certificate, through a PKCS12 trust store file. */
final class SimulatorTrustStore {

    private static final String PASSWORD = "changeit";

    private SimulatorTrustStore() {
    }

    static SSLContextParameters trusting(CstaSimulator simulator) throws Exception {
        return trusting(simulator.httpsCertificate());
    }

    /** Camel TLS settings that trust this certificate, and the JVM's default authorities no more. */
    static SSLContextParameters trusting(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("trusted", certificate);
        Path file = Files.createTempFile("csta-simulator-trust", ".p12");
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + file);
        keyStore.setPassword(PASSWORD);
        keyStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(keyStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }
}
