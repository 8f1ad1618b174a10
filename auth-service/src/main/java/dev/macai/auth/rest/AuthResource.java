package dev.macai.auth.rest;

import dev.macai.auth.service.SessionService;
import dev.macai.auth.service.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@PermitAll
@Tag(name = "auth", description = "Session refresh and the keys that verify access tokens")
public class AuthResource {

  private final SessionService sessions;
  private final SigningKeys keys;
  private final RefreshCookie cookie;

  AuthResource(SessionService sessions, SigningKeys keys, RefreshCookie cookie) {
    this.sessions = sessions;
    this.keys = keys;
    this.cookie = cookie;
  }

  @POST
  @Path("/refresh")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Exchange the refresh cookie for a new access token",
      description =
          "The presented refresh token is retired and replaced; presenting a retired token again"
              + " signs out the whole session.")
  @APIResponse(responseCode = "200", description = "New access token; new refresh cookie")
  @APIResponse(responseCode = "401", description = "No, unknown, expired, revoked or reused token")
  public Response refresh(@CookieParam(RefreshCookie.NAME) String refreshSecret) {
    return cookie.withSession(sessions.refresh(refreshSecret));
  }

  @GET
  @Path("/jwks")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The public signing key as a JSON Web Key Set (RFC 7517)")
  @APIResponse(responseCode = "200", description = "The key set")
  public Map<String, List<Map<String, String>>> jwks() {
    return Map.of("keys", List.of(keys.jwk().toMap()));
  }

  @GET
  @Path("/public-key.pem")
  @Produces("application/x-pem-file")
  @Operation(summary = "The public signing key in PEM (X.509 SubjectPublicKeyInfo)")
  @APIResponse(responseCode = "200", description = "The PEM text")
  public String publicKeyPem() {
    return keys.publicKeyPem();
  }
}
