package dev.macai.auth.rest;

import dev.macai.auth.service.FirstAdminSetup;
import dev.macai.auth.service.SessionService;
import dev.macai.auth.service.SigningKeys;
import dev.macai.platform.http.NoStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Tokens and the refresh cookie: nothing here may be cached.
@NoStore
@Path("/api/v1/auth")
@PermitAll
@Tag(
    name = "auth",
    description = "Session refresh and logout, first-admin setup, the keys that verify tokens")
public class AuthResource {

  private final SessionService sessions;
  private final FirstAdminSetup setup;
  private final SigningKeys keys;
  private final RefreshCookie cookie;
  private final JsonWebToken jwt;

  AuthResource(
      SessionService sessions,
      FirstAdminSetup setup,
      SigningKeys keys,
      RefreshCookie cookie,
      JsonWebToken jwt) {
    this.sessions = sessions;
    this.setup = setup;
    this.keys = keys;
    this.cookie = cookie;
    this.jwt = jwt;
  }

  /** Answer of {@code GET /api/v1/auth/setup}. */
  public record SetupStatus(boolean setupRequired) {}

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

  @POST
  @Path("/logout")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Log out: revoke the refresh cookie's session and clear the cookie",
      description =
          "Works without a valid access token (the cookie is sent to /api/v1/auth only); an"
              + " access token, if sent, has its session (sid) revoked as well.")
  @APIResponse(responseCode = "204", description = "Logged out (also when already logged out)")
  public Response logout(@CookieParam(RefreshCookie.NAME) String refreshSecret) {
    sessions.logout(SessionOfToken.of(jwt), refreshSecret);
    return Response.noContent().cookie(cookie.cleared()).build();
  }

  @GET
  @Path("/setup")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Whether the first account (the admin) is still to be created",
      description =
          "While true, POST /api/v1/user/create needs the setup_token that auth-service printed"
              + " in its log (or AUTH_SETUP_TOKEN).")
  @APIResponse(responseCode = "200", description = "{\"setup_required\": true|false}")
  public SetupStatus setupStatus() {
    return new SetupStatus(setup.required());
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
