package dev.macai.gateway.support;

/** Turns a PEM public key into what the gateway template takes (JWT_PUBLIC_KEY_SPKI). */
public final class PublicKeys {

  private PublicKeys() {}

  /** The Base64 DER body of a "PUBLIC KEY" PEM, on one line. */
  public static String spkiBase64(String pem) {
    if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
      throw new IllegalArgumentException("not an SPKI public key PEM");
    }
    return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }
}
