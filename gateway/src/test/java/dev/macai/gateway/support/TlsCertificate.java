package dev.macai.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for localhost made with the openssl command, as the local stack does.
 */
public record TlsCertificate(Path certificate, Path privateKey) {

  static TlsCertificate generate(Path directory) throws IOException {
    Path certificate = directory.resolve("tls.crt");
    Path privateKey = directory.resolve("tls.key");
    Process openssl =
        new ProcessBuilder(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                privateKey.toString(),
                "-out",
                certificate.toString())
            .redirectErrorStream(true)
            .start();
    try {
      String output = new String(openssl.getInputStream().readAllBytes());
      if (!openssl.waitFor(30, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
        throw new IllegalStateException("openssl could not create a certificate: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new TlsCertificate(certificate, privateKey);
  }

  /** A client context trusting exactly this certificate. */
  public SSLContext trustingContext(String protocol) {
    try (InputStream in = Files.newInputStream(certificate)) {
      Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
      trustStore.load(null, null);
      trustStore.setCertificateEntry("gateway", cert);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trustStore);
      SSLContext context = SSLContext.getInstance(protocol);
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust " + certificate, e);
    }
  }
}
