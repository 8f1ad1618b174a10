package dev.macai.song.mureka.rest;

import dev.macai.song.mureka.domain.MurekaBilling;
import dev.macai.song.mureka.service.MurekaAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/song/mureka-account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "mureka")
public class MurekaAccountResource {

  private final MurekaAccount account;

  MurekaAccountResource(MurekaAccount account) {
    this.account = account;
  }

  @GET
  @Operation(summary = "The Mureka account's balance, spending and concurrency limit (cached 60 s)")
  @APIResponse(responseCode = "200", description = "billing")
  @APIResponse(responseCode = "403", description = "Not an admin: the account's money")
  @APIResponse(responseCode = "502", description = "Mureka failed or refused the key")
  @APIResponse(responseCode = "503", description = "Mureka not configured or rate-limiting")
  public MurekaBilling billing() {
    return account.billing();
  }
}
