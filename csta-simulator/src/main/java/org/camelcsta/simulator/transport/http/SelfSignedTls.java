package org.camelcsta.simulator.transport.http;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.SelfSignedCertificate;

/**
 * The HTTPS server's identity: a self-signed certificate for {@code localhost}, made at start (Netty generates
 * it with BouncyCastle, which the simulator brings). Clients must trust {@link #certificate()} explicitly.
 */
public final class SelfSignedTls {

    private final X509Certificate certificate;
    private final SslContext serverContext;

    private SelfSignedTls(X509Certificate certificate, SslContext serverContext) {
        this.certificate = certificate;
        this.serverContext = serverContext;
    }

    /** Makes a new key pair and certificate. */
    public static SelfSignedTls generate() {
        try {
            SelfSignedCertificate generated = new SelfSignedCertificate("localhost");
            SslContext context = SslContextBuilder.forServer(generated.key(), generated.cert()).build();
            X509Certificate certificate = generated.cert();
            // the key and certificate now live in memory; the temporary PEM files are not needed any more
            generated.delete();
            return new SelfSignedTls(certificate, context);
        } catch (CertificateException | SSLException e) {
            throw new IllegalStateException("cannot make the HTTPS server's self-signed certificate", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    SslContext serverContext() {
        return serverContext;
    }
}
