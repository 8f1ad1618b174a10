package dev.macai.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's certificate in {@code .local/tls}: a certificate put there by the developer is used
 * as is; without one, a self-signed one for localhost is made once with openssl.
 */
record TlsFiles(Path certificate, Path privateKey) {

  static TlsFiles ensure(Path directory) throws IOException {
    TlsFiles files = new TlsFiles(directory.resolve("tls.crt"), directory.resolve("tls.key"));
    if (Files.isRegularFile(files.certificate()) && Files.isRegularFile(files.privateKey())) {
      return files;
    }
    Files.createDirectories(directory);
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
                "825",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                files.privateKey().toString(),
                "-out",
                files.certificate().toString())
            .redirectErrorStream(true)
            .start();
    try {
      String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
        throw new StackFailure("openssl could not create the gateway certificate: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackFailure("interrupted while creating the gateway certificate");
    }
    return files;
  }
}
