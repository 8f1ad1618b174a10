package dev.macai.chat.openai.rest;

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

/** The daily OpenAI chat token budget: the caller's today, and the limit for everybody (admins). */
@Path("/api/v1/openai/chat/budget")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "budget", description = "OpenAI chat tokens per user and UTC day (Ollama is free)")
public class OpenAiChatBudgetResource {

  private final DailyBudgets budgets;
  private final Caller caller;

  OpenAiChatBudgetResource(DailyBudgets budgets, Caller caller) {
    this.budgets = budgets;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("user")
  @Operation(
      summary = "The caller's OpenAI chat token budget today",
      description =
          "Tokens OpenAI reported for the caller's conversations today (UTC: prompt and reply,"
              + " sends, regenerations, compressions) against the daily limit. Once it is used up,"
              + " those calls answer 429 daily_budget_exhausted before anything is sent; a reply"
              + " that crosses the limit is counted in full. limit 0 = no limit (unlimited true,"
              + " remaining null).")
  @APIResponse(responseCode = "200", description = "{limit, used, remaining, resets_at, unlimited}")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public DailyBudgetView mine() {
    return DailyBudgetView.of(budgets.today(caller.id()));
  }

  @GET
  @Path("/limit")
  @RolesAllowed("admin")
  @Operation(summary = "The daily OpenAI chat token limit for every user (admins)")
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
      summary = "Set the daily OpenAI chat token limit for every user (admins)",
      description =
          "Replaces OPENAI_CHAT_DAILY_TOKENS until DELETE; 0 = no limit. Today's usage stays.")
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
  @Operation(
      summary =
          "Back to the configured daily OpenAI chat token limit, OPENAI_CHAT_DAILY_TOKENS (admins)")
  @APIResponse(responseCode = "200", description = "The limit now in force")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public DailyLimit resetLimit() {
    return budgets.resetLimit();
  }
}
