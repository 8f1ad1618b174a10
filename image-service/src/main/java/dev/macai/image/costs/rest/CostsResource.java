package dev.macai.image.costs.rest;

import dev.macai.image.costs.domain.CostMonth;
import dev.macai.image.costs.service.CostsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * OpenAI organisation costs. They are the organisation's, not a user's: every signed-in user of
 * this single-owner installation sees the same figures.
 */
@Path("/api/v1/openai/costs")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "costs", description = "OpenAI organisation costs, cached per month")
public class CostsResource {

  private final CostsService costs;

  CostsResource(CostsService costs) {
    this.costs = costs;
  }

  @GET
  @Path("/current")
  @RolesAllowed("admin")
  @Operation(summary = "This month's costs so far (refreshed after COSTS_TTL)")
  @APIResponse(responseCode = "200", description = "Total, by model, by category")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin: the organisation's costs")
  @APIResponse(responseCode = "502", description = "OpenAI failed and nothing is cached")
  @APIResponse(responseCode = "503", description = "OPENAI_ADMIN_API_KEY is not set")
  public CostsView current() {
    return CostsView.of(costs.current());
  }

  @GET
  @Path("/{year}/{month}")
  @RolesAllowed("admin")
  @Operation(summary = "One month's costs; a past month is fetched until final, then cached")
  @APIResponse(responseCode = "200", description = "Total, by model, by category")
  @APIResponse(responseCode = "400", description = "Year or month out of range, or in the future")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin: the organisation's costs")
  @APIResponse(responseCode = "502", description = "OpenAI failed and nothing is cached")
  @APIResponse(responseCode = "503", description = "OPENAI_ADMIN_API_KEY is not set")
  public CostsView month(
      @PathParam("year") @Min(2020) @Max(2100) int year,
      @PathParam("month") @Min(1) @Max(12) int month) {
    return CostsView.of(costs.month(new CostMonth(year, month)));
  }

  @GET
  @Path("/all-time")
  @RolesAllowed("admin")
  @Operation(summary = "Every cached month added up (asks OpenAI nothing)")
  @APIResponse(responseCode = "200", description = "Total, by model, by category, month range")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not an admin: the organisation's costs")
  public AllTimeCostsView allTime() {
    return AllTimeCostsView.of(costs.allTime());
  }
}
