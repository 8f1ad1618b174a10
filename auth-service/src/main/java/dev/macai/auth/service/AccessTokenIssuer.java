package dev.macai.auth.service;

import dev.macai.auth.domain.AccessTokenClaims;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs access tokens with the private key configured as {@code smallrye.jwt.sign.key.location}.
 */
@ApplicationScoped
public class AccessTokenIssuer {

  private final SigningKeys keys;

  AccessTokenIssuer(SigningKeys keys) {
    this.keys = keys;
  }

  public String sign(AccessTokenClaims claims) {
    return Jwt.issuer(claims.issuer())
        .subject(claims.subject().toString())
        .upn(claims.upn())
        .groups(claims.groups())
        .claim("sid", claims.sessionId().toString())
        .claim("jti", claims.tokenId())
        .issuedAt(claims.issuedAt())
        .expiresAt(claims.expiresAt())
        .jws()
        .keyId(keys.jwk().kid())
        .sign();
  }
}
