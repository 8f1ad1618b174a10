package dev.macai.auth.rest;

import dev.macai.auth.domain.Language;
import dev.macai.auth.service.AccountService;
import dev.macai.auth.service.LoginService;
import dev.macai.auth.service.SessionService;
import dev.macai.auth.service.SettingsService;
import dev.macai.auth.service.UserPage;
import dev.macai.platform.http.NoStore;
import dev.macai.platform.paging.PageResponse;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Login and sign-up answer with tokens, the rest with personal data: nothing may be cached.
@NoStore
@Path("/api/v1/user")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "user", description = "Accounts, login, profile and settings")
public class UserResource {

  private final AccountService accounts;
  private final LoginService logins;
  private final SessionService sessions;
  private final SettingsService settings;
  private final RefreshCookie cookie;
  private final ClientAddress clientAddress;
  private final JsonWebToken jwt;

  UserResource(
      AccountService accounts,
      LoginService logins,
      SessionService sessions,
      SettingsService settings,
      RefreshCookie cookie,
      ClientAddress clientAddress,
      JsonWebToken jwt) {
    this.accounts = accounts;
    this.logins = logins;
    this.sessions = sessions;
    this.settings = settings;
    this.cookie = cookie;
    this.clientAddress = clientAddress;
    this.jwt = jwt;
  }

  @POST
  @Path("/create")
  @PermitAll
  @Operation(summary = "Register an account (AUTH_REGISTRATION decides who may)")
  @APIResponse(responseCode = "201", description = "Account created; the first one is admin")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(
      responseCode = "403",
      description =
          "Registration is closed, or the first account came without the right setup_token"
              + " (code setup_token_required or setup_token_invalid)")
  @APIResponse(responseCode = "409", description = "The email is already registered")
  public Response register(@Valid @NotNull RegisterRequest request) {
    UserView user = UserView.of(accounts.register(request.toNewAccount(), request.setupToken()));
    return Response.created(URI.create("/api/v1/user/profile")).entity(user).build();
  }

  @POST
  @Path("/login")
  @PermitAll
  @Operation(summary = "Log in; returns an access token and sets the refresh cookie")
  @APIResponse(responseCode = "200", description = "Logged in")
  @APIResponse(responseCode = "400", description = "Email or password missing")
  @APIResponse(
      responseCode = "401",
      description = "Email or password is not correct (code invalid_credentials)")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many failures for this email from this address (code login_throttled);"
              + " Retry-After")
  public Response login(
      @Valid @NotNull LoginRequest request, @Context HttpServerRequest httpRequest) {
    return cookie.withSession(
        logins.login(request.email(), request.password(), clientAddress.of(httpRequest)));
  }

  @POST
  @Path("/logout")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Log out by access token (kept for API clients; browsers use /api/v1/auth/logout)",
      description =
          "The browser does not send the refresh cookie here (it is scoped to /api/v1/auth), so"
              + " this revokes the session named by the access token's sid.")
  @APIResponse(responseCode = "204", description = "Logged out (also when already logged out)")
  public Response logout(@CookieParam(RefreshCookie.NAME) String refreshSecret) {
    sessions.logout(SessionOfToken.of(jwt), refreshSecret);
    return Response.noContent().cookie(cookie.cleared()).build();
  }

  @GET
  @Path("/profile")
  @RolesAllowed("user")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "The caller's profile")
  @APIResponse(responseCode = "200", description = "The profile")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public UserView profile() {
    return UserView.of(accounts.profile(caller()));
  }

  @PUT
  @Path("/edit")
  @RolesAllowed("user")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Change first, last and artist name")
  @APIResponse(responseCode = "200", description = "The updated profile")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public UserView edit(@Valid @NotNull ProfileRequest request) {
    return UserView.of(accounts.updateProfile(caller(), request.toChange()));
  }

  @PUT
  @Path("/password")
  @RolesAllowed("user")
  @SecurityRequirement(name = "jwt")
  @Operation(
      summary = "Change the password",
      description = "Signs out every session and starts a fresh one for the caller.")
  @APIResponse(responseCode = "200", description = "Changed; new access token and cookie")
  @APIResponse(responseCode = "400", description = "Wrong current password or weak new one")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong current passwords (code login_throttled); Retry-After")
  public Response changePassword(
      @Valid @NotNull PasswordChangeRequest request, @Context HttpServerRequest httpRequest) {
    return cookie.withSession(
        accounts.changePassword(
            caller(), request.oldPassword(), request.newPassword(), clientAddress.of(httpRequest)));
  }

  @GET
  @Path("/settings")
  @RolesAllowed("user")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "The caller's UI settings (defaults until first saved)")
  @APIResponse(responseCode = "200", description = "The settings")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public SettingsBody settings() {
    return SettingsBody.of(settings.language(caller()));
  }

  @PUT
  @Path("/settings")
  @RolesAllowed("user")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Save the caller's UI settings")
  @APIResponse(responseCode = "200", description = "The saved settings")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public SettingsBody saveSettings(@Valid @NotNull SettingsBody request) {
    return SettingsBody.of(settings.changeLanguage(caller(), Language.valueOf(request.language())));
  }

  @GET
  @Path("/list")
  @RolesAllowed("admin")
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "All accounts, searchable and paged (admin only)")
  @APIResponse(responseCode = "200", description = "One page of accounts")
  @APIResponse(responseCode = "400", description = "Invalid paging or sort parameters")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  public PageResponse<UserView> list(
      @QueryParam("q") @Size(max = 200) String query,
      @QueryParam("sort")
          @DefaultValue("created_at")
          @Pattern(
              regexp = "email|last_name|created_at",
              message = "must be one of: email, last_name, created_at")
          String sort,
      @QueryParam("order")
          @DefaultValue("asc")
          @Pattern(regexp = "asc|desc", message = "must be asc or desc")
          String order,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    UserPage page = accounts.list(query, sort, order.equals("desc"), offset, limit);
    return new PageResponse<>(
        page.items().stream().map(UserView::of).toList(), page.total(), limit, offset);
  }

  private UUID caller() {
    return UUID.fromString(jwt.getSubject());
  }
}
