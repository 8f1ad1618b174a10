package dev.macai.image.budget.rest;

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

/** The daily image budget: the caller's today, and the limit for everybody (admins). */
@Path("/api/v1/image/budget")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "budget", description = "Generated images per user and UTC day")
public class ImageBudgetResource {

  private final DailyBudgets budgets;
  private final Caller caller;

  ImageBudgetResource(DailyBudgets budgets, Caller caller) {
    this.budgets = budgets;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("user")
  @Operation(
      summary = "The caller's image budget today",
      description =
          "Images generated today (UTC) against the daily limit; generate answers 429"
              + " daily_budget_exhausted once it is used up. limit 0 = no limit (unlimited true,"
              + " remaining null).")
  @APIResponse(responseCode = "200", description = "{limit, used, remaining, resets_at, unlimited}")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public DailyBudgetView mine() {
    return DailyBudgetView.of(budgets.today(caller.id()));
  }

  @GET
  @Path("/limit")
  @RolesAllowed("admin")
  @Operation(summary = "The daily image limit for every user (admins)")
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
      summary = "Set the daily image limit for every user (admins)",
      description = "Replaces IMAGE_DAILY_LIMIT until DELETE; 0 = no limit. Today's usage stays.")
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
  @Operation(summary = "Back to the configured daily image limit, IMAGE_DAILY_LIMIT (admins)")
  @APIResponse(responseCode = "200", description = "The limit now in force")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public DailyLimit resetLimit() {
    return budgets.resetLimit();
  }
}
