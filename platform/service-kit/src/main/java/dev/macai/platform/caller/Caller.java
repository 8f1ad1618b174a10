package dev.macai.platform.caller;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user of this request: the token's {@code sub}, never anything the client sent. */
@RequestScoped
public class Caller {

  private final JsonWebToken jwt;

  Caller(JsonWebToken jwt) {
    this.jwt = jwt;
  }

  public UUID id() {
    return UUID.fromString(jwt.getSubject());
  }

  /** When the access token stops being valid ({@code exp}); a stream must not outlive it. */
  public Instant tokenExpiresAt() {
    return Instant.ofEpochSecond(jwt.getExpirationTime());
  }

  public boolean isAdmin() {
    return jwt.getGroups().contains("admin");
  }
}
