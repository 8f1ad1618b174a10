package dev.macai.song.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.macai.platform.budget.DailyBudgetView;
import dev.macai.platform.budget.DailyBudgets;
import dev.macai.platform.budget.DailyLimit;
import dev.macai.platform.budget.DailyLimitRequest;
import dev.macai.platform.caller.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The daily song budget: the caller's today, and the limit for everybody (admins). */
@Path("/api/v1/song/budget")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "budget", description = "Song generations per user and UTC day")
public class SongBudgetResource {

  private final DailyBudgets budgets;
  private final Caller caller;

  SongBudgetResource(DailyBudgets budgets, Caller caller) {
    this.budgets = budgets;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("user")
  @Operation(
      summary = "The caller's song budget today",
      description =
          "Song generations (jobs) queued today (UTC) against the daily limit; generate and"
              + " generate-instrumental answer 429 daily_budget_exhausted once it is used up. A"
              + " job that fails, or is cancelled or deleted before it reached Mureka, gives its"
              + " unit back. limit 0 = no limit (unlimited true, remaining null).")
  @APIResponse(responseCode = "200", description = "{limit, used, remaining, resets_at, unlimited}")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public DailyBudgetView mine() {
    return DailyBudgetView.of(budgets.today(caller.id()));
  }

  @GET
  @Path("/limit")
  @RolesAllowed("admin")
  @Operation(summary = "The daily song limit for every user (admins)")
  @APIResponse(
      responseCode = "200",
      description = "{daily_limit, default_limit, overridden, unlimited, updated_at}")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public DailyLimit limit() {
    return budgets.limit();
  }

  @PUT
  @Path("/limit")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @Operation(
      summary = "Set the daily song limit for every user (admins)",
      description = "Replaces SONG_DAILY_LIMIT until DELETE; 0 = no limit. Today's usage stays.")
  @RequestBody(description = "{\"daily_limit\": N}, a whole number from 0 to 1000000000")
  @APIResponse(responseCode = "200", description = "The limit now in force")
  @APIResponse(responseCode = "400", description = "code invalid_daily_limit")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public DailyLimit setLimit(JsonNode body) {
    return budgets.setLimit(DailyLimitRequest.dailyLimitOf(body), caller.id());
  }

  @DELETE
  @Path("/limit")
  @RolesAllowed("admin")
  @Operation(summary = "Back to the configured daily song limit, SONG_DAILY_LIMIT (admins)")
  @APIResponse(responseCode = "200", description = "The limit now in force")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public DailyLimit resetLimit() {
    return budgets.resetLimit();
  }
}
