package org.camelcsta.itests;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.camelcsta.client.CstaConnectionException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS verifies the server by default: an expired certificate, a certificate for another host name and a self-signed
 * certificate that nothing says to trust are each refused before any request (or credential) is sent, with an error
 * that says why. The first two are issued by an authority the client trusts, so that only the date or the name is
 * wrong.
 */
class TlsVerificationTest extends CamelTestSupport {

    private final List<HttpsServer> servers = new ArrayList<>();
    private final List<String> requestsSeen = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Instant now = Instant.now();
        Identity authority = Identity.authority(now);
        context.getRegistry().bind("expiredPort", serve(authority.issue("localhost", now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)))));
        context.getRegistry().bind("otherHostPort", serve(authority.issue("wrong.example", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)))));
        context.getRegistry().bind("untrustedPort", serve(Identity.selfSigned("localhost", now)));
        context.getRegistry().bind("trustAuthority", SimulatorTrustStore.trusting(authority.certificate()));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String common = "csta:snapshotDevice?snapshotObject=100&transport=https&host=localhost"
                                + "&username=test@mydomain&password=bla.bla&pbxDomain=12345678.pbx.one-connect.dk"
                                + "&requestTimeout=5000";
                from("direct:expired").to(common + "&port=" + port("expiredPort") + "&sslContextParameters=#trustAuthority");
                from("direct:otherHost").to(common + "&port=" + port("otherHostPort") + "&sslContextParameters=#trustAuthority");
                from("direct:untrusted").to(common + "&port=" + port("untrustedPort"));
            }
        };
    }

    @Override
    protected void doPostTearDown() throws Exception {
        context.stop();
        servers.forEach(server -> server.stop(0));
        super.doPostTearDown();
    }

    @Test
    void anExpiredCertificateIsRefused() {
        String error = refusal("direct:expired");
        assertTrue(error.contains("expired") || error.contains("NotAfter") || error.contains("validity"), error);
    }

    @Test
    void aCertificateForAnotherHostIsRefused() {
        String error = refusal("direct:otherHost");
        assertTrue(error.contains("localhost") && error.contains("wrong.example"), error);
    }

    @Test
    void aSelfSignedCertificateWithoutATrustStoreIsRefused() {
        String error = refusal("direct:untrusted");
        assertTrue(error.contains("PKIX") || error.contains("certification path"), error);
    }

    /** The connection error of the route's request; the server never saw a request (nor the password in it). */
    private String refusal(String route) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(route, (Object) null));
        CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, e.getCause());
        assertTrue(requestsSeen.isEmpty(), "a request went through: " + requestsSeen);
        assertTrue(!error.getMessage().contains("bla.bla"), error.getMessage());
        return error.getMessage();
    }

    private int port(String name) {
        return context.getRegistry().lookupByNameAndType(name, Integer.class);
    }

    /** An HTTPS server on 127.0.0.1 with this identity; returns its port. */
    private int serve(Identity identity) throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(identity.serverContext()));
        server.createContext("/", exchange -> {
            requestsSeen.add(exchange.getRequestURI().toString());
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }

    /** A key pair and its certificate chain, the server's own certificate first. */
    private record Identity(KeyPair keys, X509Certificate... chain) {

        /** A certificate authority, valid now, that the client can be told to trust. */
        static Identity authority(Instant now) throws Exception {
            KeyPair keys = keyPair();
            X500Name name = new X500Name("CN=camel-csta test authority");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(
                    Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign));
            return new Identity(keys, sign(builder, keys));
        }

        /** A server certificate for one host name, valid in one period, issued by this authority. */
        Identity issue(String hostName, Instant notBefore, Instant notAfter) throws Exception {
            KeyPair server = keyPair();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate(), serial(),
                    Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + hostName), server.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, hostName)));
            return new Identity(server, sign(builder, keys), certificate());
        }

        /** A self-signed server certificate for one host name, valid now. */
        static Identity selfSigned(String hostName, Instant now) throws Exception {
            KeyPair keys = keyPair();
            X500Name name = new X500Name("CN=" + hostName);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
                    keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, hostName)));
            return new Identity(keys, sign(builder, keys));
        }

        X509Certificate certificate() {
            return chain[0];
        }

        SSLContext serverContext() throws Exception {
            char[] password = "changeit".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", keys.getPrivate(), password, chain);
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        }

        private static KeyPair keyPair() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        }

        private static BigInteger serial() {
            return BigInteger.valueOf(System.nanoTime());
        }

        private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
        }
    }
}
